"""Death-threat rules: harm promised to a person in words, with weapons, messages or wreaths."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from factfinder.extract.actors import (
    by_agent,
    child_with,
    object_of_preposition,
    objects_of_prepositions,
    subject_of,
)
from factfinder.extract.events.clauses import (
    FORETELLING_MODALS,
    clause_root,
    is_conditional,
    is_negated,
    is_passive,
    modal_of,
)
from factfinder.extract.events.detection import Detection
from factfinder.extract.events.lexicon import (
    BODY_PARTS,
    CAPTORS,
    INTRANSITIVE,
    KILL,
    KIN,
    LEMMA_FIXES,
    LIMBS,
    MEANS,
    NATURAL_CAUSES,
    SAYING_VERBS,
    THREAT_VERBS,
    THREATENED_HARMS,
)
from factfinder.extract.events.people import PERSON_NOUNS, PERSONAL_PRONOUNS, is_person_like

# Emblems of a funeral sent to the living as a threat, and how they arrive.
MOURNING = frozenset({"wreath", "coffin", "grave", "bullet", "cartridge"})
RECEIVED = frozenset({"have", "receive", "get"})
DELIVERED = frozenset({"leave", "send", "deliver", "place", "put", "find"}) | RECEIVED
# Emblems that mean death only when sent or left for someone: a bullet in an envelope or at a
# door, not one "found at the scene" of a shooting.
MAILED_EMBLEMS = frozenset({"bullet", "cartridge"})
# Where a sent bullet or wreath is found: wrapped, in an envelope, on the doorstep.
ADDRESSED = frozenset({"name", "door", "doorstep", "gate", "envelope", "letter", "parcel", "wrap"})
# Givers of a wreath whose gift mourns rather than threatens: "condolence" wreaths.
CONDOLENCE = frozenset({"condolence", "sympathy", "memorial", "cemetery", "tomb", "laid", "lay"})
# Pictures that can carry a grave to its living owner: "a photograph of her own grave".
IMAGES = frozenset({"photograph", "photo", "picture", "image", "drawing"})
WEAPONS = frozenset(
    {"gun", "pistol", "rifle", "revolver", "weapon", "knife", "blade", "machete", "firearm"}
)
# Threatened consequences that coerce without physical harm: harassment, not a death threat.
COERCION = frozenset(
    {"arrest", "detain", "prosecute", "charge", "jail", "fire", "dismiss", "deport", "expel", "job"}
    | {"post", "position", "pension", "livelihood"}
)


def said_by_captor(say: Token, act: Token) -> bool:
    """A guard, officer or soldier saying someone would be killed is threatening them;
    anyone else saying it (a witness, a minister) predicts or reports. In a witness's own
    account ("they said they would bury him") "they" are the captors."""
    speaker = subject_of(say)
    if speaker is not None and speaker.pos_ in ("NUM", "PRON", "DET"):
        speaker = object_of_preposition(speaker, "of") or speaker  # "one of the interrogators"
    if speaker is None or names_perpetrators(act) or act.lemma_.lower() == "punish":
        return False
    victim = child_with(act, "dobj")
    if speaker.lower_ == "they" and victim is not None and victim.lower_ in PERSONAL_PRONOUNS:
        return victim.lower_ not in ("they", "them")
    return speaker.lemma_.lower() in CAPTORS or speaker.lemma_.lower().endswith("interrogator")


def mourning_sent(token: Token) -> bool:
    """A funeral wreath or a coffin sent to or left for a living person: a threat to kill them
    told in the emblems of their funeral."""
    if token.lemma_.lower() == "wreath" and not any(
        c.lower_ in ("funeral", "mourning") for c in token.children
    ):
        return False
    emblem = emblem_of(token)
    if emblem is None:
        return False
    verb = delivering_verb(emblem)
    if verb is None:
        return False
    if (
        verb.lemma_.lower() == "find"
        and verb == emblem.head
        and not is_person_like(subject_of(verb))
    ):
        return False  # "investigators found a bullet": evidence, not a message
    if emblem is not token:
        return True  # the grave's owner is named: "a photograph of her own grave"
    marks = {t.lemma_.lower() for t in verb.subtree}  # "bearing their names", "at my door"
    if marks & CONDOLENCE:
        return False  # "laid a wreath at the memorial", "wreaths of condolence"
    if marks & ADDRESSED:
        return True
    if verb.lemma_.lower() not in RECEIVED or token.lemma_.lower() in MAILED_EMBLEMS:
        return False
    receiver = subject_of(verb)  # "the editor received a wreath"; a bereaved family receives
    return (  # wreaths from neighbours, which mourn
        token.tag_ == "NN"
        and is_person_like(receiver)
        and receiver.lemma_.lower() not in KIN
        and object_of_preposition(verb, "from") is None
    )


def delivering_verb(emblem: Token) -> Token | None:
    """The verb by which an emblem reached its owner: "received a wreath", "a coffin was left",
    or "found", which the parser may hang on a clause the emblem is subject of ("found a
    wreath bearing his name")."""
    if emblem.dep_ in ("dobj", "nsubjpass") and emblem.head.lemma_.lower() in DELIVERED:
        return emblem.head
    clause = emblem.head
    if emblem.dep_ == "nsubj" and clause.dep_ == "ccomp" and clause.head.lemma_.lower() == "find":
        return clause.head
    return None


def emblem_of(token: Token) -> Token | None:
    """What is sent or found: the wreath or coffin itself, or the picture of a living person's
    own grave ("a photograph of her own grave", "a picture of his grave"). A grave on its own
    is where the dead lie, no emblem: "visited his grave"."""
    if token.lemma_.lower() != "grave":
        return token
    owned = any(c.dep_ == "poss" for c in token.children)
    image = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    if not owned or image is None or image.lemma_.lower() not in IMAGES:
        return None
    return image


def mourning_threat(token: Token) -> Detection:
    """The death threat a funeral emblem carries: to whom it was sent or left ("a wreath at
    my door") and, when the text says, by whom."""
    emblem = emblem_of(token) or token
    verb = delivering_verb(emblem) or emblem.head
    received = verb.lemma_.lower() in RECEIVED | {"find"}
    target = (
        subject_of(verb)
        if received or is_passive(verb)
        else object_of_preposition(verb, "to") or child_with(verb, "dative")  # "sent her"
    )
    doors = [d for d in objects_of_prepositions(verb, "at", "outside", "on") if d.lemma_ != "it"]
    if target is None and doors:
        target = owner_of(doors[-1])  # "at my door", "at the door of the editor"
    sender = None if received or is_passive(verb) else subject_of(verb)
    return Detection("event", "death_threat", token, agent=sender, target=target, confidence=0.7)


def weapon_at_person(verb: Token) -> Token | None:
    """Whom a weapon is held or pointed at: "held a pistol to her temple" (her), "pointed a
    rifle at the children" (the children). A weapon aimed at a person threatens their life."""
    weapon = child_with(verb, "dobj")
    if weapon is None or weapon.lemma_.lower() not in WEAPONS:
        return None
    aimed = object_of_preposition(verb, "to", "at", "against") or object_of_preposition(
        weapon, "to", "at", "against"
    )
    if aimed is None:
        return None
    owner = child_with(aimed, "poss")
    if aimed.lemma_.lower() in LIMBS | BODY_PARTS | {"temple", "throat", "chest", "mouth"}:
        return owner
    return aimed if is_person_like(aimed) else None


def spoken_threat(kill: Token) -> bool:
    """The words of a threat quoted as written or said: "we will kill you", "we'll kill you
    all". A speaker promising to kill the one addressed threatens them, whoever reports it."""
    killer = child_with(kill, "nsubj")
    victim = child_with(kill, "dobj")
    return (
        modal_of(kill) in ("will", "'ll", "shall", "can")  # "we can kill you": we are able to
        and killer is not None
        and killer.lower_ in ("we", "i")
        and victim is not None
        and victim.lower_ == "you"
        and not is_negated(kill)
    )


def or_else(token: Token) -> bool:
    """ "leave or be shot", "leave or face death": the second choice is a threat."""
    return token.dep_ == "conj" and any(c.lower_ == "or" for c in token.head.children)


def names_perpetrators(token: Token) -> bool:
    """ "those responsible must be punished", "the killers should be executed": justice asked
    for culprits, not a call to kill a group."""
    punished = subject_of(token) if is_passive(token) else child_with(token, "dobj")
    if punished is None:
        return False
    words = {t.lemma_.lower() for t in punished.subtree}
    return bool(words & {"perpetrator", "responsible", "culprit", "killer", "torturer"})


# Veiled harms a conditional warning promises: "would regret it", "would lose her children".
VEILED_HARMS = frozenset(
    {"regret", "sorry", "suffer", "lose", "hurt", "happen", "consequence", "trouble", "pay"}
)


def conditional_warning(warn: Token) -> Detection | None:
    """ "warned her that she would lose her children if she kept asking": a threat.

    A harm promised to a person on a condition; a promised arrest or prosecution is
    harassment, anything worse a death threat (a promised killing is found elsewhere).
    """
    if is_negated(warn):
        return None
    warned = child_with(warn, "dobj")
    consequence = object_of_preposition(warned, "of") if warned is not None else None
    if consequence is None:
        consequence = object_of_preposition(warn, "of")
    if consequence is not None and consequence.lemma_.lower() == "consequence":
        if is_person_like(warned):  # "warned the journalist of consequences if she …"
            return Detection("event", "death_threat", warn, agent=subject_of(warn), target=warned)
    if is_conditional(warn):
        return None
    harm = child_with(warn, "ccomp")
    if harm is None and warned is not None:  # "warned the editor that he would": misattached
        harm = child_with(warned, "relcl")
    if harm is None or modal_of(harm) not in FORETELLING_MODALS:
        return None
    if harm.lemma_.lower() in KILL or not is_person_like(subject_of(harm)):
        return None
    conditions = [
        c
        for c in harm.children
        if c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children)
    ]
    if not any(is_person_like(subject_of(c)) for c in conditions):
        return None  # "workers would lose their jobs if the factory closed": a forecast
    if any(c.lemma_.lower() in ("pay", "hand", "bring") for c in conditions):
        return None  # "would be charged unless the family paid": the price is the extortion
    words = {t.lemma_.lower() for t in harm.subtree}
    if words & COERCION:
        etype = "harassment"
    elif words & (THREATENED_HARMS | DOOM_WORDS | VEILED_HARMS) or doomed_person(harm):
        etype = "death_threat"
    else:
        return None  # "warned the pupils that they would fail the exam if they did not study"
    target = child_with(warn, "dobj", "dative") or child_with(clause_root(warn), "dobj")
    if etype == "death_threat":
        target = third_person_doomed(harm) or target  # "warned her that her son would …"
    if is_passive(warn):  # "two have been told they would lose their jobs if …"
        return Detection(
            "event", etype, warn, agent=by_agent(warn), target=subject_of(warn), confidence=0.7
        )
    return Detection(
        "event",
        etype,
        warn,
        agent=subject_of(warn),
        target=target or subject_of(harm),
        confidence=0.7,
    )


# Those whose word that someone would be harmed is itself a threat, beyond captors.
ABDUCTORS = frozenset({"kidnapper", "abductor", "attacker", "assailant", "gunman", "militiaman"})
# Modals of what is promised to someone: "would", "will", "could disappear too".
PROMISING = frozenset({"would", "will", "'ll", "could", "might", "shall"})
# Verbs whose negation in a promise means death: "would not live to see", "won't survive".
LIVING = frozenset({"live", "survive"})
# Where or how a body ends up, said of a living person in a promise: "would be found in the
# river", "would leave in a bag", "collect him from the morgue", "will leave horizontally".
DOOM_PLACES = frozenset(
    {"river", "morgue", "mortuary", "sack", "bag", "ditch", "cemetery", "graveyard", "grave"}
    | {"coffin", "casket", "hearse", "lake", "sea", "forest", "canal", "ravine"}
)
DOOM_MANNERS = frozenset({"horizontally", "feet"})  # "leave horizontally", "feet first"
# Going home, said negated in a promise: "would not be coming home to her children".
HOMECOMING = frozenset({"come", "make"})
# Times someone is promised not to see: "would not see the harvest", "won't see spring".
SEASONS = frozenset(
    {"harvest", "spring", "summer", "autumn", "winter", "christmas", "birthday", "morning"}
    | {"dawn", "wedding", "year", "new", "easter", "eid", "holiday", "graduation"}
)


def doomed_person(verb: Token, vague: bool = False) -> bool:
    """A promise that ends with a person's body somewhere ("they would find me in the river",
    "he would leave in a bag like the rest") or never coming home ("she would not be coming
    home"): a death threat told without the word "kill". When the promise has no addressee
    (`vague`), only a body's place or manner counts: "refugees will not go home" predicts."""
    if not (is_person_like(child_with(verb, "dobj")) or is_person_like(subject_of(verb))):
        return False
    preps = [c for c in verb.children if c.dep_ in ("prep", "conj") and c.pos_ == "ADP"]
    preps += [c for p in preps if p.lower_ == "out" for c in p.children if c.lower_ == "of"]
    places = [  # "found in the river", "pulled out of the lake", "returned … or in a sack"
        p
        for prep in preps
        if prep.lower_ in ("in", "into", "from", "of")
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    if any(p.lemma_.lower() in DOOM_PLACES for p in places):
        return True
    if any(c.lower_ in DOOM_MANNERS for c in verb.children if c.dep_ == "advmod"):
        return True
    if death_told_plainly(verb):
        return True
    if not vague and verb.lemma_.lower() == "pay" and not is_negated(verb):
        price = child_with(verb, "dobj")  # "warned him his family would pay the price"
        priced = price is not None and price.lemma_.lower() == "price"
        payer = subject_of(verb)  # "she", "his family"; not "farmers" told of to reporters
        own = payer is not None and (
            payer.lower_ in PERSONAL_PRONOUNS or child_with(payer, "poss") is not None
        )
        if own and (priced or "dearly" in words_of(verb)):
            return True
    negated = is_negated(verb) and not vague
    if negated and verb.lemma_.lower() in HOMECOMING:
        return any(c.lower_ == "home" for c in verb.children)
    if negated and verb.lemma_.lower() == "see":  # "the boys would not be seen again"
        seen = subject_of(verb) if is_passive(verb) else child_with(verb, "dobj")
        again = any(c.lower_ == "again" for c in verb.children)
        if again and is_person_like(seen):
            return True  # "told her she would never see her children again"
        return seen is not None and seen.lemma_.lower() in SEASONS
    return False


def third_person_doomed(verb: Token) -> Token | None:
    """Someone other than the one told whose death a promise foretells: "warned her that her
    other son would end up the same way", "told the mothers that the boys would not be seen
    again". The threat is against them; a pronoun ("she would be next") is the one told."""
    if modal_of(verb) not in PROMISING or not doomed_person(verb):
        return None
    victim = child_with(verb, "dobj")  # "would find her son in the river", not "the fate of"
    if victim is None or not (
        victim.lemma_.lower() in PERSON_NOUNS or victim.ent_type_ == "PERSON"
    ):
        victim = subject_of(verb)
    if victim is None or victim.pos_ not in ("NOUN", "PROPN") or not is_person_like(victim):
        return None
    return victim


def words_of(verb: Token) -> set[str]:
    """The verb's own dependents, lower-cased: its particles, adverbs and the like."""
    return {c.lower_ for c in verb.children}


def death_told_plainly(verb: Token) -> bool:
    """The common idioms of a promised death, said of a person: "would end up like his
    brother", "would end up dead", "the same way", "would pay with her life", "would be
    next", "would finish us off", "would share the fate of the others"."""
    lemma = verb.lemma_.lower()
    words = {c.lower_ for c in verb.children}
    if lemma == "end" and "up" in words:  # "end up dead", "like his brother", "the same way"
        like = object_of_preposition(verb, "like")
        same = any(t.lower_ == "same" for t in verb.subtree)
        return "dead" in words or same or is_person_like(like)
    if lemma == "pay":
        price = object_of_preposition(verb, "with")
        return price is not None and price.lemma_.lower() in ("life", "blood", "head")
    if lemma == "be":
        nxt = next((c for c in verb.children if c.lower_ == "next"), None)
        if nxt is None:
            return _next_one(child_with(verb, "attr"))
        if next_in_doom_place(nxt):
            return True
        return not list(nxt.children) and nxt.i == max(
            t.i for t in verb.subtree if not t.is_punct
        )  # "she would be next", not "next in line" or "next to speak"
    if lemma in ("finish", "bump") and "off" in words:  # "would finish us off"
        return True
    if lemma in ("share", "suffer", "meet"):
        fate = child_with(verb, "dobj")
        return fate is not None and fate.lemma_.lower() == "fate"
    return False


# What a person promised to be "the next" of is a victim: "the next one", "the next victim".
VICTIM_WORDS = frozenset({"one", "victim", "target"})


def _next_one(one: Token | None) -> bool:
    """ "told me I would be the next one on it" (the list of the dead), "the next victim": a
    death foretold; not "the next one to speak" or "the next one who is promoted"."""
    if one is None or one.lemma_.lower() not in VICTIM_WORDS:
        return False
    if not any(c.dep_ == "amod" and c.lower_ == "next" for c in one.children):
        return False
    return not any(c.dep_ in ("acl", "relcl", "xcomp") for c in one.children)


def next_in_doom_place(nxt: Token) -> bool:
    """ "she would be next in the canal", "you are next in the river": the next body in the
    place where the others were found."""
    places = objects_of_prepositions(nxt, "in", "into")
    return any(p.lemma_.lower() in DOOM_PLACES for p in places)


# Things whose mention in a promise to someone is a threat of death or harm.
DOOM_WORDS = frozenset(
    {"piece", "grave", "coffin", "bullet", "knife", "gun", "pistol", "axe", "corpse", "body"}
)


# What people threaten to do themselves, harming no one: resign, quit, sue, strike.
OWN_MOVES = frozenset(
    {"resign", "quit", "sue", "strike", "boycott", "withdraw", "retire", "walk", "leave"}
)


def threatened_own_move(threaten: Token) -> bool:
    """ "had threatened to resign if his side lost", "threatened to sue the paper": a move of
    the one threatening, not harm promised to someone."""
    move = child_with(threaten, "xcomp")
    if move is None or move.lemma_.lower() not in OWN_MOVES:
        return False
    victim = child_with(move, "dobj")
    return not is_person_like(victim) or move.lemma_.lower() == "sue"


def told_to(threaten: Token) -> bool:
    """ "threatened to report them": a threat to do something to someone, said to them."""
    act = child_with(threaten, "xcomp")
    return act is not None and any(
        is_person_like(t) for t in act.subtree if t.dep_ in ("dobj", "dative", "pobj")
    )


def you_are_next(next_word: Token) -> bool:
    """ "you are next", "you're next", "you will be next": the threat of a marked victim."""
    before = [t.lower_ for t in next_word.doc[max(0, next_word.i - 3) : next_word.i]]
    after = next_word.doc[next_word.i + 1] if next_word.i + 1 < len(next_word.doc) else None
    ends = after is None or after.is_punct or after.is_quote  # not "you are next in line"
    return ends and "you" in before and bool({"are", "'re", "be", "\u2019re"} & set(before))


def marked_thing(next_word: Token) -> Token | None:
    """Whose door or car bore the words: the subject of "was marked" or its owner."""
    for verb in next_word.ancestors:
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in ("be",):
            thing = subject_of(verb) if is_passive(verb) else child_with(verb, "dobj")
            owner = child_with(thing, "poss") if thing is not None else None
            return owner or thing
    return None


# What a bullet is sent in, as a threat: "a parcel containing a bullet".
PARCELS = frozenset({"parcel", "envelope", "letter", "package", "box", "packet"})


# Where a bullet is left for someone to find: "on his doorstep", "on the windscreen of her car".
THRESHOLDS = frozenset(
    {"door", "doorstep", "gate", "porch", "threshold", "step", "windscreen", "windshield"}
    | {"car", "desk", "mailbox", "letterbox", "pillow", "bed", "yard", "office", "home"}
    | {"house", "flat", "apartment", "table"}
)


# Places where a bullet may be found as evidence of a shooting, not left as a message.
BUILDINGS = frozenset({"car", "office", "home", "house", "flat", "apartment", "yard", "table"})


def bullet_left_for(bullet: Token) -> Detection | None:
    """ "a bullet was left on the doorstep of journalist X", "sent him a bullet", "received a
    bullet in the post": a bullet left or sent for someone threatens their life. A bullet
    received in a leg, or found at a scene, is no message."""
    verb = bullet.head
    lemma = verb.lemma_.lower()
    if bullet.dep_ not in ("dobj", "nsubjpass") or is_negated(verb):
        return None
    if lemma in ("receive", "get"):
        by_post = objects_of_prepositions(verb, "in", "by", "through")
        if not any(p.lemma_.lower() in MEANS | PARCELS | {"mail"} for p in by_post):
            return None  # "received a bullet in the leg": shot, not threatened
        return Detection("event", "death_threat", bullet, target=subject_of(verb), confidence=0.7)
    if lemma in ("send", "post", "mail", "deliver"):
        target = object_of_preposition(verb, "to") or child_with(verb, "dative")
        agent = None if is_passive(verb) else subject_of(verb)
        if target is None and is_passive(verb):
            target = child_with(verb, "dobj")  # "two journalists were sent bullets"
        if not is_person_like(target):
            return None
        return Detection(
            "event", "death_threat", bullet, agent=agent, target=target, confidence=0.7
        )
    if lemma not in ("leave", "place", "put", "find", "tape", "pin"):
        return None
    spots = objects_of_prepositions(verb, "on", "at", "outside", "in", "under", "by", "inside")
    places = THRESHOLDS - BUILDINGS if lemma == "find" else THRESHOLDS  # not "found in his car"
    spot = next((p for p in spots if p.lemma_.lower() in places), None)
    owner = owner_of(spot) if spot is not None else None
    if owner is not None and owner.lemma_.lower() in THRESHOLDS:
        owner = owner_of(owner)  # "on the windscreen of her car": hers
    if owner is None or not (is_person_like(owner) or owner.lower_ in HEARERS | {"his", "her"}):
        return None
    agent = None if is_passive(verb) or lemma == "find" else subject_of(verb)
    return Detection("event", "death_threat", bullet, agent=agent, target=owner, confidence=0.7)


def sent_in_a_parcel(bullet: Token) -> Detection | None:
    """ "received a parcel containing a bullet": a bullet sent to someone threatens their life;
    so does one left at their door (`bullet_left_for`)."""
    left = bullet_left_for(bullet)
    if left is not None:
        return left
    contain = bullet.head
    if contain.lemma_.lower() not in ("contain", "with", "hold") or contain.head == contain:
        return None
    parcel = contain.head if contain.lemma_.lower() != "with" else contain.head
    if parcel.lemma_.lower() not in PARCELS:
        return None
    verb = parcel.head
    if verb.lemma_.lower() in ("receive", "get", "find"):
        return Detection("event", "death_threat", bullet, target=subject_of(verb), confidence=0.7)
    if verb.lemma_.lower() in ("send", "leave", "deliver", "post"):
        target = object_of_preposition(verb, "to") or child_with(verb, "dative")
        return Detection(
            "event", "death_threat", bullet, agent=subject_of(verb), target=target, confidence=0.7
        )
    return None


def told_harm(tell: Token) -> Detection | None:
    """ "told her she would not live to see the trial", "told him they would come back to
    kill him", "one woman was told that her son could disappear too", "they would send him
    back in pieces": harm promised to the person told, by the one telling, is a death
    threat. A warning of arrest or prosecution is not one (that is harassment, found
    elsewhere), nor is a promise the teller makes about himself."""
    if is_negated(tell) or is_conditional(tell) or modal_of(tell) not in (None, "past"):
        return None
    if tell.lemma_.lower() == "threaten" and (threat := threat_to_life(tell)) is not None:
        return threat  # "threatened his life", "threatened to break his legs"
    told = subject_of(tell) if is_passive(tell) else child_with(tell, "dobj", "dative")
    content = child_with(tell, "ccomp")
    if content is None and told is not None:
        content = child_with(told, "relcl")  # "warned the editor he would …": misattached
        inner = child_with(content, "ccomp") if content is not None else None
        if inner is not None and any(c.lower_ == "that" for c in inner.children):
            content = inner  # "warned those who stayed that they would …": misattached too
    if content is not None and reported_afterwards(tell, content):
        return None  # '"… send him back in pieces," one woman told AFP': she reports
    if tell.lemma_.lower() == "say" and (
        content is None or content.lemma_.lower() in SAYING_VERBS | {"tell"}
    ):
        content = words_of_later_report(tell) or content  # '"They said that …," she told AFP'
    if content is None or content.lemma_.lower() in SAYING_VERBS | THREAT_VERBS:
        return None  # "the kidnappers said …, his wife told us": she reports, not threatens
    if told is None and tell.lemma_.lower() == "warn" and not is_passive(tell):
        told = subject_of(content)  # "leaflets warned that those still there will …"
    if tell.lemma_.lower() == "say":  # "the kidnappers said they would send him back"
        speaker = subject_of(tell)
        told = child_with(content, "dobj") or child_with(content, "nsubjpass")
        if told is None:  # "said they would come back and finish us off": the later verb's
            told = next((_conjoined_victim(c) for c in content.children if c.dep_ == "conj"), None)
        if told is not None and told.lemma_.lower() in HARMED_PARTS:
            told = owner_of(told) or told  # "said they would break my legs": me
        # in a victim's own account "they said they would send him back in pieces": captors
        them = speaker is not None and speaker.lower_ == "they" and told is not None
        kin = told is not None and any(  # "they said my son would be shot": the narrator's kin
            c.dep_ == "poss" and c.lower_ in HEARERS for c in told.children
        )
        them = them and (told.lower_ in PERSONAL_PRONOUNS - {"they", "them"} or kin)
        them = them or _narrator_doomed_by_other(speaker, told, content)
        if told is None and message_says(tell):  # 'messages saying the family "would not
            told = subject_of(content)  # live to see the verdict"': the family is threatened
            them = is_person_like(told)
        hearer = _hearer_doomed(speaker, content)
        if hearer is not None and not is_person_like(told):
            told, them = hearer, True  # "he said nobody would ever find my body"
        elif hearer is not None:
            them = True  # "said they would send him back in pieces": him, after "called me"
        if speaker is None or (speaker.lemma_.lower() not in CAPTORS | ABDUCTORS and not them):
            return None
    if not is_person_like(told) and not (told is not None and told.lower_ in HEARERS):
        return None
    verbs = [t for t in content.subtree if t.pos_ in ("VERB", "AUX")]
    numbered = any(days_numbered(v) for v in verbs)  # "told him his days were numbered"
    if not numbered and not any(modal_of(v) in PROMISING for v in verbs):
        return None
    lemmas = {LEMMA_FIXES.get(t.lower_, t.lemma_.lower()) for t in content.subtree}
    harmed = any(
        LEMMA_FIXES.get(v.lower_, v.lemma_.lower()) in THREATENED_HARMS - {"punish"}
        and not is_negated(v)
        and harm_to_person(v)  # not "the case would disappear for a payment"
        for v in verbs
    ) or any(severed(v) for v in verbs)
    doomed = any(_life_denied(v) for v in verbs)
    vague = child_with(tell, "dobj", "dative") is None and not is_passive(tell)
    doomed = doomed or any(modal_of(v) in PROMISING and doomed_person(v, vague) for v in verbs)
    if not (harmed or doomed or numbered or lemmas & DOOM_WORDS):
        return None
    if lemmas & COERCION and not (doomed or harmed):
        return None
    agent = by_agent(tell) if is_passive(tell) else subject_of(tell)
    if doomed:  # "the mothers were told that the boys would not be seen again": the boys
        told = next((other for v in verbs if (other := third_person_doomed(v))), told)
    for verb in verbs:  # "was told that her son could disappear too": the son is threatened
        passive = is_passive(verb) or verb.lemma_.lower() in INTRANSITIVE
        victim = subject_of(verb) if passive else child_with(verb, "dobj")
        if harmed and victim is not None and victim.pos_ in ("NOUN", "PROPN"):
            if harm_to_person(verb) and victim.lemma_.lower() not in HARMED_PARTS:
                told = victim
                break
    return Detection("event", "death_threat", tell, agent=agent, target=told, confidence=0.7)


def _conjoined_victim(verb: Token) -> Token | None:
    """Who suffers a verb joined to the words said: "said this land is not ours and that
    anyone still here would be shot" (the one shot), "… and finish us off" (us)."""
    return child_with(verb, "dobj") or (subject_of(verb) if is_passive(verb) else None)


# Whom a narrator or a speaker addressing them calls themselves: "they would shoot me",
# "break my legs".
NARRATOR_OBJECTS = frozenset({"me", "us", "you", "my", "our", "your"})
# Everyone in a place, whom a threat to clear it names: "anyone still here would be shot".
ALL_PRESENT = frozenset({"anyone", "anybody", "everyone", "everybody"})


def _narrator_doomed_by_other(speaker: Token | None, told: Token | None, content: Token) -> bool:
    """In a victim's own account, someone else saying that people will harm the narrator or
    all present: "he said that if I kept lying they would shoot me", "they said anyone still
    here would be shot". The narrator's own words ("I said they would kill me"), a harm with
    no one to do it ("the doctor said the heat would kill me") and a third person harmed in
    someone's forecast are not taken as threats here."""
    if speaker is None or told is None or speaker.lower_ in HEARERS:
        return False
    if not is_person_like(speaker) or not _harm_by_people(content):
        return False
    return told.lower_ in NARRATOR_OBJECTS or (
        speaker.lower_ == "they" and told.lower_ in ALL_PRESENT
    )


def _harm_by_people(content: Token) -> bool:
    """Words said that promise a harm done by people ("they would shoot me") or by someone
    unnamed ("would be shot"), not by a thing ("the heat would kill me")."""
    return any(
        v.lemma_.lower() in THREATENED_HARMS - {"punish"}
        and (is_passive(v) or is_person_like(subject_of(v)))
        for v in content.subtree
        if v.pos_ in ("VERB", "AUX")
    )


def _life_denied(verb: Token) -> bool:
    """ "would not live to see the verdict", "would not survive the night": a death promised;
    not living somewhere or with someone ("would not live with her anymore")."""
    if verb.lemma_.lower() not in LIVING or not is_negated(verb):
        return False
    return not objects_of_prepositions(verb, "with", "in", "at", "together", "under", "near")


def reported_afterwards(tell: Token, content: Token) -> bool:
    """'"… they would send him back in pieces," one woman told AFP': words told before the
    one who tells them are her report of someone else's words, not her threat. Her own
    promise to the one she tells is a threat: '"We will cut your head off," the man told X'."""
    teller = subject_of(tell)
    if not (content.i < tell.i and teller is not None and teller.i > content.i):
        return False
    promiser = subject_of(content)
    addressed = any(t.lower_ in ("you", "your") for t in content.subtree)
    own_promise = promiser is not None and promiser.lower_ in ("we", "i") and addressed
    return not (own_promise and is_person_like(child_with(tell, "dobj", "dative")))


# Cutting that maims, and what it is done to: "cut your head off", "slit his throat".
CUTTING = frozenset({"cut", "slit", "chop", "slice", "hack"})
SEVERED = frozenset({"head", "throat", "tongue", "finger", "hand", "ear", "nose", "arm", "leg"})


def severed(verb: Token) -> bool:
    """ "we will cut your head off", "his throat would be slit": a maiming promised. A
    limb "would be cut off" with no one to cut it is a surgeon's warning, not a threat."""
    if verb.lemma_.lower() not in CUTTING or is_negated(verb):
        return False
    if is_passive(verb):
        part = subject_of(verb)
        return part is not None and part.lemma_.lower() in ("head", "throat", "tongue")
    part, cutter = child_with(verb, "dobj"), subject_of(verb)
    speaking = cutter is not None and cutter.lower_ in ("we", "i", "they", "he")
    return speaking and part is not None and part.lemma_.lower() in SEVERED


def days_numbered(verb: Token) -> bool:
    """ "his days were numbered", "your days are numbered": a death foretold to someone."""
    days = subject_of(verb)
    return verb.lemma_.lower() == "number" and days is not None and days.lemma_.lower() == "day"


def words_of_later_report(say: Token) -> Token | None:
    """'"They called and said that … they would send him back," one woman told AFP': the
    parser hangs the words said on the report that follows them; gives those words."""
    for report in say.children:
        if report.dep_ != "ccomp" or report.i < say.i:
            continue
        if report.lemma_.lower() not in SAYING_VERBS | {"tell"}:
            continue
        words = child_with(report, "ccomp")
        if words is not None and say.i < words.i < report.i:
            return words
    return None


# The narrator and the one spoken to: whom "my body", "your grave" or "me" points at.
HEARERS = frozenset({"i", "me", "my", "you", "your", "we", "us", "our"})


def _hearer_doomed(speaker: Token | None, content: Token) -> Token | None:
    """In a victim's own account, someone else saying that a weapon, a body or a grave awaits
    the narrator or the one spoken to ("he said that nobody would ever find my body", "said
    that next time he would bring a knife", after "waited for me"): the threat is to them.
    Gives the pronoun that names them; None when the speaker is the narrator."""
    if speaker is None or speaker.lower_ in HEARERS or not is_person_like(speaker):
        return None
    doom = [t for t in content.subtree if t.lemma_.lower() in DOOM_WORDS - {"body"}]
    doom += [  # a body is doom when it is the hearer's: "my body", not "the body was found"
        t
        for t in content.subtree
        if t.lemma_.lower() in ("body", "corpse")
        and any(c.lower_ in HEARERS for c in t.children if c.dep_ == "poss")
    ]
    if not doom:
        return None
    owned = [c for t in doom for c in t.children if c.dep_ == "poss" and c.lower_ in HEARERS]
    if owned:
        return owned[0]
    return next((t for t in content.sent if t.lower_ in HEARERS and t.i < content.i), None)


# What a veiled threat makes conditional on obedience: that someone grows up, lives, stays
# alive or safe, or is seen again ("if you want your daughters to grow up").
STAYING_ALIVE = frozenset({"alive", "whole"})
# Verbs that set such a price out loud; without one only words to "you" are a threat.
SETTING_TERMS = frozenset({"tell", "say", "warn", "threaten", "write", "order", "advise"})


def wanted_alive(want: Token) -> Detection | None:
    """ "told her to keep quiet if she wanted her daughters to grow up", "drop the case if you
    want to see your brother again": obedience set as the price of someone's life is a
    death threat to that someone, by whoever set it."""
    if not any(c.dep_ == "mark" and c.lower_ == "if" for c in want.children):
        return None
    if want.dep_ != "advcl" or is_negated(want):
        return None
    fate = child_with(want, "ccomp", "xcomp")
    if fate is None:
        return None
    lemma = fate.lemma_.lower()
    words = {c.lower_ for c in fate.children}
    if lemma == "grow" and "up" in words:
        victim = subject_of(fate)
    elif (lemma in ("live", "survive") and not words & {"well", "long", "comfortably"}) or (
        lemma in ("stay", "remain", "be", "keep") and words & STAYING_ALIVE
    ):
        victim = subject_of(fate) or child_with(fate, "dobj")
    elif lemma == "see" and "again" in words:
        victim = child_with(fate, "dobj")
    else:
        return None
    if not is_person_like(victim) or victim.lower_ in ("i", "we"):
        return None
    order = want.head  # "keep quiet", "drop the case", "stop asking questions"
    teller = order
    while teller.dep_ in ("xcomp", "ccomp", "conj") and teller.head != teller:
        if teller.lemma_.lower() in SETTING_TERMS:
            break  # "testified that he had warned her to keep quiet if …": the warning
        teller = teller.head
    agent = by_agent(teller) if is_passive(teller) else subject_of(teller)
    if agent is not None and agent.lower_ in ("i", "we"):
        return None  # the narrator's own resolve, not a threat to anyone
    addressed = any(c.lower_ in ("you", "your") for c in victim.subtree) or (
        subject_of(want) is not None and subject_of(want).lower_ == "you"
    )
    if teller.lemma_.lower() not in SETTING_TERMS and not addressed:
        return None  # "parents should … if they want their children to live": advice
    told = child_with(teller, "dobj", "dative")  # "warned her to keep quiet if …": she is told
    victim = told if is_person_like(told) else victim
    return Detection("event", "death_threat", teller, agent=agent, target=victim, confidence=0.7)


def never_leave_alive(leave: Token) -> Detection | None:
    """ "told him he would never leave the prison alive": a threat to kill, told to the victim."""
    if "alive" not in {c.lower_ for c in leave.children} or not is_negated(leave):
        return None
    teller = clause_root(leave).head
    if teller.lemma_.lower() not in THREAT_VERBS or teller == leave:
        return None
    speaker, leaver = subject_of(teller), subject_of(leave)
    if speaker is not None and leaver is not None and speaker.lower_ == leaver.lower_:
        return None  # "she told me she would never leave alive": of herself, not a threat
    return Detection(
        "event",
        "death_threat",
        teller,
        agent=subject_of(teller),
        target=child_with(teller, "dobj", "dative") or subject_of(leave),
        confidence=0.75,
    )


# Ways of making a fate plain without saying it: "made clear what would happen to anyone who
# stayed", "left no doubt what would happen to them".
MADE_PLAIN = frozenset({"make", "leave", "tell", "warn", "remind", "show", "explain", "spell"})


def what_would_happen(happen: Token) -> Detection | None:
    """ "made clear what would happen to anyone who lingered", "left no doubt what would happen
    to those still there", "a note saying the same thing would happen to his children": the
    unspoken fate of whoever disobeys, or the harm already done promised to others, is a
    death threat, made by whoever made it plain."""
    if happen.lemma_.lower() != "happen" or modal_of(happen) not in ("would", "will", "'ll"):
        return None
    what = subject_of(happen)
    victim = object_of_preposition(happen, "to")
    if what is None or not is_person_like(victim):
        return None
    same = what.lower_ == "same" or any(c.lower_ == "same" for c in what.children)
    if what.lower_ != "what" and not same:
        return None
    governor = next((v for v in happen.ancestors if v.pos_ in ("VERB", "AUX")), None)
    telling = MADE_PLAIN | ({"say", "write", "warn"} if same else set())
    if governor is None or governor.lemma_.lower() not in telling or is_negated(governor):
        return None
    if governor.lemma_.lower() == "leave" and not any(
        c.lower_ == "doubt" for c in governor.subtree
    ):
        return None
    if governor.lemma_.lower() == "make" and not any(
        c.lower_ in ("clear", "plain", "obvious") for c in governor.children
    ):
        return None
    if is_conditional(governor) or modal_of(governor) not in (None, "past"):
        return None
    agent = by_agent(governor) if is_passive(governor) else subject_of(governor)
    if governor.dep_ == "relcl":  # "said it in a way that left no doubt …": who said it
        speaker = next((v for v in governor.ancestors if v.pos_ == "VERB"), None)
        agent = subject_of(speaker) if speaker is not None else None
    return Detection("event", "death_threat", governor, agent=agent, target=victim, confidence=0.7)


def threatening_message(message: Token) -> Detection | None:
    """ "received threatening phone calls", "sent her threatening messages": a death threat from
    whoever sent it to whoever got it."""
    verb = message.head
    if verb.lower_ == "of" and verb.head.head != verb.head:
        verb = verb.head.head  # "received dozens of threatening messages"
    if verb.lemma_.lower() not in ("receive", "get", "send", "make") or is_negated(verb):
        return None
    if verb.lemma_.lower() in ("send", "make"):
        agent, target = subject_of(verb), object_of_preposition(verb, "to")
    else:
        agent, target = object_of_preposition(message, "from"), subject_of(verb)
    return Detection("event", "death_threat", message, agent=agent, target=target, confidence=0.7)


def harm_to_person(act: Token) -> bool:
    """Whom a promised harm falls on is a person or their body ("his legs would be broken")."""
    passive = is_passive(act) or act.lemma_.lower() in INTRANSITIVE
    victim = subject_of(act) if passive else child_with(act, "dobj")
    return is_person_like(victim) or (victim is not None and victim.lemma_.lower() in HARMED_PARTS)


def message_says(say: Token) -> bool:
    """A message, letter or call that says someone will be harmed is a threat to them:
    "messages saying that I would be shot", "a text message warning that his legs would be
    broken"."""
    before = say.doc[max(say.i - 4, say.sent.start) : say.i]
    return any(t.lemma_.lower() in MEANS | {"note", "sms", "voicemail", "call"} for t in before)


def threatened_act(act: Token) -> bool:
    """An act that is the content of a threat ("threatened to make her disappear")."""
    current = act
    for _ in range(3):
        if current.dep_ not in ("xcomp", "ccomp") or current.head == current:
            return False
        current = current.head
        if current.lemma_.lower() == "threaten":
            return True
    return False


def threat_event(token: Token, etype: str) -> Detection | None:
    """Threats: "guards threatened to kill his family" threatens the family; "threatened to
    slit the throats of the prisoners" threatens the prisoners. A flood or an epidemic that
    "threatens the lives of thousands" endangers them; no one threatens them."""
    target = child_with(token, "dobj")
    act = child_with(token, "xcomp")
    if target is None and act is not None:
        target = dogs_set_on(act) or child_with(act, "dobj")
    agent = by_agent(token) if is_passive(token) else subject_of(token)
    if is_passive(token):
        target = subject_of(token)
    if not threatener_can_mean_it(agent):
        return None
    hit = child_with(act, "dobj") if act is not None else None
    if hit is not None and act.lemma_.lower() in LETHAL_ACTS and not is_person_like(hit):
        if any(c.dep_ == "prt" and c.lower_ in ("down", "up") for c in act.children):
            return None  # "threatened to shoot down the drone", "burn down": no one's life
    if target is not None and target.lemma_.lower() in LIVES | HARMED_PARTS:
        if agent is None and not is_passive(token):
            return None  # "threatening the lives of thousands": a danger
        if target.lemma_.lower() in LIVES and not can_take_a_life(agent):
            return None  # "climate change threatens the lives of millions": a danger
        target = owner_of(target) or target
    if etype == "harassment" and threatens_body_or_life(token):
        etype = "death_threat"  # "threatened to execute the hostages", "with decapitation"
    return Detection("event", etype, token, agent=agent, target=target, confidence=0.85)


# What a threat to a person's life names instead of them: "threatened his life".
LIVES = frozenset({"life", "live", "safety"})
# Parts of a body a threat names instead of its owner: "to cut out the tongue of".
HARMED_PARTS = LIMBS | BODY_PARTS | {"throat", "tongue", "bone", "leg", "knee", "skull"}
# Acts that kill or maim, threatened beyond the lexicon's harms: "threatened to behead him".
LETHAL_ACTS = (THREATENED_HARMS - {"punish"}) | {
    "behead",
    "decapitate",
    "stab",
    "strangle",
    "slit",
    "cut",
    "lynch",
    "slaughter",
    "assassinate",
    "mutilate",
    "poison",
    "drown",
    "torch",
    "hack",
    "finish",
}
# What someone is threatened with when it is their life or body: "threatened with death".
LETHAL_MEANS = frozenset(
    {"death", "execution", "decapitation", "beheading", "murder", "violence", "rape", "torture"}
    | {"mutilation", "lynching", "liquidation", "acid", "harm", "elimination", "disappearance"}
    | {"bullet", "axe", "bomb", "grenade"}
    | WEAPONS
)
# Threateners that are not people: a flood, an epidemic, a war, a bill.
NOT_THREATENERS = (
    NATURAL_CAUSES
    | {"war", "conflict", "fighting", "crisis", "law", "bill", "plan", "policy", "measure"}
    | {"decision", "project", "pollution", "reform", "regulation", "legislation", "shortage"}
)


def can_take_a_life(agent: Token | None) -> bool:
    """Someone, or a message from someone, who can threaten a life: not a change or a virus."""
    if agent is None or is_person_like(agent):
        return True
    return agent.lemma_.lower() in CAPTORS | ABDUCTORS | MESSAGES | {"gang", "mob"}


def threatener_can_mean_it(agent: Token | None) -> bool:
    """A threat needs someone to make it: "the storm threatened to kill …", "a policy that
    threatens the lives of migrants" name a danger."""
    return agent is None or agent.lemma_.lower() not in NOT_THREATENERS


def owner_of(thing: Token) -> Token | None:
    """Whose life, throat or legs: "his life", "the throats of the prisoners"."""
    return child_with(thing, "poss") or object_of_preposition(thing, "of")


def dogs_set_on(act: Token | None) -> Token | None:
    """Whom dogs are to be set or loosed on: "threatened to set dogs on them", an attack on
    the body (the idiom of border guards and prison staff)."""
    if act is None or act.lemma_.lower() not in ("set", "loose", "unleash", "release"):
        return None
    dogs = child_with(act, "dobj")
    if dogs is None or dogs.lemma_.lower() != "dog":
        return None
    victim = object_of_preposition(act, "on", "upon") or object_of_preposition(dogs, "on", "upon")
    return victim if is_person_like(victim) else None


def threatens_body_or_life(threaten: Token) -> bool:
    """What a "threaten" names is a person's death or bodily harm: "threatened to burn the
    family alive", "to cut off his fingers", "threatened her with a knife", "with death",
    "threatened his life", "to set dogs on them". Arrest, dismissal or deportation
    threatened coerce (harassment)."""
    act = child_with(threaten, "xcomp")
    if dogs_set_on(act) is not None:
        return True
    if act is not None and act.lemma_.lower() in LETHAL_ACTS:
        if act.lemma_.lower() not in THREATENED_HARMS or act.lemma_.lower() in ("burn", "cut"):
            hurt = child_with(act, "dobj")  # "to burn the house down" hurts no one
            return is_person_like(hurt) or (
                hurt is not None and hurt.lemma_.lower() in HARMED_PARTS
            )
        return harm_to_person(act) or is_person_like(child_with(act, "dobj"))
    means = [o for o in objects_of_prepositions(threaten, "with") if o.pos_ in ("NOUN", "PROPN")]
    means += [c for m in means for c in m.children if c.dep_ == "conj"]  # "with rape and death"
    if any(m.lemma_.lower() in LETHAL_MEANS for m in means):
        return True
    threatened = subject_of(threaten) if is_passive(threaten) else child_with(threaten, "dobj")
    return threatened is not None and threatened.lemma_.lower() in LIVES


def threat_to_life(threaten: Token) -> Detection | None:
    """ "the police had threatened his life", "anonymous calls threatening her life",
    "threatened to break his legs", "threatened to behead the priest": a threat whose words
    name a death or a wound is a death threat, made by whoever made it (a call or a letter
    carries it for someone unnamed)."""
    if is_negated(threaten) or is_conditional(threaten):
        return None
    if modal_of(threaten) not in (None, "past") or not threatens_body_or_life(threaten):
        return None
    carried = threaten.dep_ == "acl" and threaten.head.lemma_.lower() in MEANS | MESSAGES
    agent = (
        None if carried else by_agent(threaten) if is_passive(threaten) else subject_of(threaten)
    )
    if not carried and not can_take_a_life(agent):
        return None  # "the epidemic threatens the lives of thousands": a danger
    detection = threat_event(threaten, "death_threat")
    if detection is None:
        return None
    return replace(detection, agent=agent)


# What carries a threat in writing or by voice: "calls threatening her life".
MESSAGES = frozenset({"call", "note", "sms", "voicemail", "caller", "graffiti", "leaflet", "post"})


# Departures that death threats are told as the cause of: "left the country after threats".
FLIGHT_VERBS = frozenset({"leave", "flee", "escape", "go", "move", "force", "drive", "relocate"})


def threats_before_flight(threat: Token) -> Token | None:
    """Who received the death threats a departure is told as following: "left Kelvara in May
    after death threats", "editor forced into exile after death threats". The flight is
    one claim, the threats that drove it another; gives the one who left."""
    if threat.lemma_.lower() != "threat" or not any(
        c.lower_ == "death" for c in threat.children if c.dep_ in ("compound", "amod")
    ):
        return None
    after = threat.head
    if threat.dep_ != "pobj" or after.lower_ not in ("after", "following", "amid"):
        return None
    verb = after.head
    if verb.lemma_.lower() not in FLIGHT_VERBS or is_negated(verb):
        return None
    left = subject_of(verb) if is_passive(verb) or verb.tag_ == "VBN" else None
    left = left or subject_of(verb)
    if left is None and verb.dep_ == "acl":
        left = verb.head  # "Sorn Ledger editor forced into exile after death threats"
    return left if is_person_like(left) else None

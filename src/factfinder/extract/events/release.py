"""Release rules: people freed, home from custody or handed back to their families."""

from __future__ import annotations

from spacy.tokens import Token

from factfinder.extract.actors import child_with, object_of_preposition, subject_of
from factfinder.extract.events.clauses import is_conditional, is_negated, is_passive, modal_of
from factfinder.extract.events.lexicon import CUSTODY_WORDS, REMAINS
from factfinder.extract.events.people import is_person_like

# Whom a family gets back: "her son was returned" needs no "to the family" to say so.
FAMILY_MEMBERS = frozenset(
    {"son", "daughter", "child", "boy", "girl", "husband", "wife", "brother", "sister"}
    | {"father", "mother", "nephew", "niece", "grandson", "granddaughter"}
)


def back_to_family(verb: Token) -> bool:
    """ "was handed back to his family", "returned to her parents": a captive given back is
    released; bodies returned to families are not."""
    if is_passive(verb) and (subject := subject_of(verb)) is not None:
        if subject.lemma_.lower() in REMAINS:
            return False  # "the bodies were returned to their families" frees no one
    back = next((c for c in verb.children if c.lower_ in ("back", "over")), None)
    relatives = object_of_preposition(verb, "to") or (
        object_of_preposition(back, "to") if back is not None else None
    )
    returned_alone = verb.lemma_.lower() == "return" and is_passive(verb)
    if relatives is None and returned_alone and not any(c.lower_ == "to" for c in verb.subtree):
        returned = subject_of(verb)  # "Her son, Kevin, was returned on February 3"
        return returned is not None and returned.lemma_.lower() in FAMILY_MEMBERS
    return relatives is not None and relatives.lemma_.lower() in (
        "family",
        "relative",
        "parent",
        "mother",
        "father",
        "lawyer",
    )


# Words of football and other team sport, in which clubs "release" their players.
SPORT_WORDS = frozenset(
    {"striker", "goalkeeper", "midfielder", "defender", "footballer", "winger", "squad"}
    | {"club", "league", "relegation", "season", "scored", "match", "coach", "transfer"}
)


def player_released(release: Token) -> bool:
    """ "Striker Oleg Pakk, who was released by Serrak Dynamo last summer", "Dynamo, who have
    released three senior players": a club letting a player go, no one out of custody."""
    released = subject_of(release) if is_passive(release) else child_with(release, "dobj")
    if released is not None and released.lemma_.lower() in ("player", "footballer"):
        return True
    return bool({t.lower_ for t in release.sent} & SPORT_WORDS)


# Who a captive given back is given to when the teller is the family: "gave him back to me".
KIN_PRONOUNS = frozenset({"me", "us"})
RELATIVES = frozenset({"family", "relative", "parent", "mother", "father", "lawyer"})


def given_back(verb: Token) -> Token | None:
    """Who "they gave back to me" or a family "got back": a captive given back to the family,
    or got back by it, is released (as "handed back to their families"); one handed back to
    the police is not. A promise or a condition ("will give him back if you pay") frees no one."""
    back = next((c for c in verb.children if c.lower_ == "back"), None)
    if back is None or is_passive(verb) or is_negated(verb) or is_conditional(verb):
        return None
    if modal_of(verb) not in (None, "past") or any(c.lower_ == "to" for c in verb.children):
        return None  # "should not have to pay to get their sons back": a purpose, not an act
    returned = child_with(verb, "dobj")
    if returned is None or not is_person_like(returned):
        return None
    if verb.lemma_.lower() == "get":  # "got their son back": the family's own
        owned = child_with(returned, "poss") is not None
        return returned if owned or returned.lemma_.lower() in FAMILY_MEMBERS else None
    if verb.lemma_.lower() not in ("give", "hand"):
        return None
    to = object_of_preposition(verb, "to") or object_of_preposition(back, "to")
    if to is not None and to.lower_ not in KIN_PRONOUNS and to.lemma_.lower() not in RELATIVES:
        return None
    return returned


def home_from_custody(verb: Token) -> bool:
    """ "returned home after 40 days in custody", "the fishermen held by border guards returned
    home", "were allowed to go home after questioning": going home from custody is a release."""
    if not any(c.lower_ == "home" for c in verb.children):
        return False
    if sent_home_from_care(verb):
        return False
    if verb.lemma_.lower() in ("go", "return") and verb.dep_ == "xcomp":
        governor = verb.head
        return verb.dep_ == "xcomp" and governor.lemma_.lower() in ("allow", "let", "permit")
    words = {t.lower_ for t in verb.subtree}
    held = subject_of(verb)
    held_words = {t.lemma_.lower() for t in held.subtree} if held is not None else set()
    return bool(words & CUSTODY_WORDS - {"police", "charge"}) or bool(
        held_words & {"hold", "detain", "arrest", "imprison", "jail"}
    )


# Words of medical care from which people are "allowed to go home": quarantine, a ward.
CARE_WORDS = frozenset(
    {"quarantine", "quarantined", "patient", "patients", "hospital", "ward", "wards", "clinic"}
)


def sent_home_from_care(verb: Token) -> bool:
    """ "were kept in quarantine for 48 hours and have since been allowed to go home",
    "patients were allowed to go home": sent home by doctors, no one out of custody (unless
    the sentence also names a prison or a cell)."""
    words = {t.lower_ for t in verb.sent}
    return bool(words & CARE_WORDS) and not words & CUSTODY_WORDS


# Adverbs that make "walk free" a state that lasts, not a day someone left custody.
STILL_NOW = frozenset({"still", "now", "freely"})


def walking_free_still(walk: Token) -> bool:
    """ "They killed my son and now they walk free", "the killers still walk free", "continue
    to walk free": impunity for those who did the act, not a release (a headline's
    "Student leader walks free" has no such adverb)."""
    lasting = any(c.dep_ == "advmod" and c.lower_ in STILL_NOW for c in walk.children)
    continued = walk.dep_ == "xcomp" and walk.head.lemma_.lower() in ("continue", "remain")
    return (walk.tag_ in ("VBP", "VBZ", "VB") and lasting) or continued


def release_denied(verb: Token) -> bool:
    """ "had not been released by Friday afternoon", "was taken away and never returned",
    "no one has been freed": a release said not to have happened is no claim (the sets hold no
    denied release); "was not released until March" tells one that did happen."""
    if not is_negated(verb):
        return False
    own = any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in verb.children)
    subject = subject_of(verb)
    nobody = subject is not None and (
        subject.lower_ in ("nobody", "none") or any(c.lower_ == "no" for c in subject.children)
    )
    until = any(t.lower_ in ("until", "till") for t in verb.subtree)
    return (own or nobody) and not until


def died_after_release(verb: Token) -> bool:
    """ "two died after being returned to their families", "died days after being released":
    the sentence tells a death, the release its circumstance (not "left the country after
    being released on bail", a release told with what followed)."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "after":
        return False
    return verb.head.head.lemma_.lower() == "die"


# Verbs by which relatives fetch a person: "collected him from the barracks".
FETCHING = frozenset({"collect", "fetch", "pick"})


def collected_from_custody(fetch: Token) -> bool:
    """ "His father collected him from the barracks", "we picked him up from the police
    station": kin fetching a person from a place of custody tells the release (not "collected
    the documents from the prison", nor "picked him up" alone, which is an arrest)."""
    if fetch.lemma_.lower() not in FETCHING or is_negated(fetch):
        return False
    if fetch.lemma_.lower() == "pick" and not any(c.lower_ == "up" for c in fetch.children):
        return False
    place = object_of_preposition(fetch, "from")
    if place is None or place.lower_ not in CUSTODY_WORDS | {"barracks", "station", "precinct"}:
        return False
    fetched = subject_of(fetch) if is_passive(fetch) else child_with(fetch, "dobj")
    return is_person_like(fetched) and fetched.lower_ != "it"


def is_freedom(thing: Token | None) -> bool:
    """ "regained his freedom", "paid for his liberty": the freedom a release restores or a
    ransom buys."""
    return thing is not None and thing.lemma_.lower() in ("freedom", "liberty")


def out_of_custody(verb: Token) -> bool:
    """ "was let out of prison last week": let out of a place of custody, released."""
    out = next((c for c in verb.children if c.lower_ == "out"), None)
    place = object_of_preposition(out, "of") if out is not None else None
    return place is not None and place.lemma_.lower() in CUSTODY_WORDS


def let_out(let: Token) -> bool:
    """ "They let me out on 14 June": captors letting a person out frees them; "let out of
    prison" names the place, "let the dog out" or "let out a cry" frees no one."""
    if not any(c.dep_ == "prt" and c.lower_ == "out" for c in let.children):
        return False
    if is_negated(let) or object_of_preposition(let, "of") is not None:
        return False
    freed = subject_of(let) if is_passive(let) else child_with(let, "dobj")
    return is_person_like(freed) and freed.lower_ != "it"


def walked_free(walk: Token) -> bool:
    """ "walked free", "walked out of court / prison": released, said of the one freed."""
    if any(c.lower_ == "free" for c in walk.children):
        return True
    place = object_of_preposition(walk, "of")
    if place is None:
        out = next((c for c in walk.children if c.lower_ == "out"), None)
        place = object_of_preposition(out, "of") if out is not None else None
    return place is not None and place.lemma_.lower() in CUSTODY_WORDS | {"court", "courtroom"}


def left_custody(leave: Token) -> bool:
    """ "He left prison on Monday": the one leaving custody was freed (not "escaped")."""
    place = child_with(leave, "dobj")
    return (
        place is not None
        and place.lemma_.lower() in ("prison", "jail", "custody", "detention", "colony", "camp")
        and not any(c.dep_ in ("det", "poss") for c in place.children)  # "left the camp"
        and not is_negated(leave)
        and is_person_like(subject_of(leave))
    )


# Who sets people down in the ordinary course of a journey.
CARRIERS = frozenset({"bus", "car", "taxi", "driver", "train", "coach", "van", "ferry", "boat"})
# Where captors set down someone they free: "at the side of the road", "at the edge of town".
ROADSIDES = frozenset({"side", "roadside", "edge", "outskirts", "outskirt", "verge", "gate"})


def set_down_free(verb: Token) -> bool:
    """ "on the sixth day they left me at the side of the road", "Mart was dropped at the edge
    of Tulvar the next morning": captors setting a person down at a roadside or a town's edge
    are releasing them."""
    person = subject_of(verb) if is_passive(verb) else child_with(verb, "dobj")
    place = object_of_preposition(verb, "at", "on", "near", "by")
    setter = None if is_passive(verb) else subject_of(verb)
    if setter is not None and setter.lemma_.lower() in CARRIERS:
        return False  # "the bus dropped the tourists at the edge of town": a ride, not captivity
    return (
        is_person_like(person)
        and place is not None
        and place.lemma_.lower() in ROADSIDES
        and not is_negated(verb)
    )


def among_those(freed: Token) -> list[Token]:
    """ "Among those pardoned are the journalist Jaan Oskel and four students", "a union
    organiser who was among those held for several hours": the people named as among those
    freed or held are each a release or a detention, though "those held" alone refers back."""
    those = freed.head
    among = those.head
    if freed.dep_ != "acl" or those.lower_ not in ("those", "people", "prisoners", "detainees"):
        return []
    if among.lower_ != "among" or among.head.lemma_.lower() != "be":
        return []
    named = child_with(among.head, "nsubj", "attr")
    if named is not None and named.tag_ == "WP" and among.head.dep_ == "relcl":
        named = among.head.head  # "a union organiser who was among those held"
    if named is None or named.tag_ == "PRP":
        return []  # "They are among those arrested": people already told of
    people = [named, *named.conjuncts]
    for person in list(people):
        people.extend(c for c in person.children if c.dep_ == "conj" and c not in people)
        apposed = child_with(person, "appos")
        if apposed is not None:
            people.extend(c for c in apposed.children if c.dep_ == "conj" and c not in people)
    return [p for p in people if is_person_like(p) or p.pos_ == "PROPN"]

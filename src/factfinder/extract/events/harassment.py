"""Harassment rules: searches, seizures, bans, damage, exposure and silencing of people."""

from __future__ import annotations

from spacy.tokens import Token

from factfinder.extract.actors import child_with, object_of_preposition, subject_of
from factfinder.extract.events.clauses import causative, is_negated, is_passive, modal_of
from factfinder.extract.events.lexicon import HOME_WORDS, PLACES_SEARCHED
from factfinder.extract.events.people import is_person_like

# Lists a person is put on as a reprisal: "placed on a wanted list", "added to a register".
LISTS = frozenset({"list", "register", "registry", "blacklist", "database", "watchlist"})
BELONGINGS = frozenset(
    {
        "phone",
        "passport",
        "laptop",
        "computer",
        "device",
        "notebook",
        "camera",
        "file",
        "account",
        "email",
        "communication",
        "message",
        "call",
        "conversation",
        "correspondence",
        "movement",
        "goods",
        "good",
        "property",
        "equipment",
        "belonging",
        "document",
        "possession",
        "merchandise",
        "stock",
        "letter",
        "diary",
    }
)
IDENTIFIERS = frozenset(
    {"name", "address", "photograph", "photo", "picture", "identity", "detail", "number"}
)
# Papers and rights the state can take back from a person as a reprisal.
LICENCES = frozenset(
    {
        "licence",
        "license",
        "accreditation",
        "registration",
        "passport",
        "citizenship",
        "nationality",
        "permit",
        "visa",
        "credential",
    }
)
# What people are told not to do when they are being silenced: speaking, publishing, protesting.
SPEAKING = frozenset(
    {
        "speak",
        "talk",
        "contact",
        "publish",
        "post",
        "report",
        "testify",
        "protest",
        "complain",
        "campaign",
        "write",
        "comment",
        "tell",
        "share",
        "pursue",
        "ask",
    }
)
# Journeys a travel ban stops: "prevented from boarding a flight", "barred from leaving".
JOURNEYS = frozenset({"leave", "travel", "board", "fly", "depart", "exit"})
# Work and public life a person can be barred from: "barred from practising law".
PURSUITS = frozenset(
    {"practise", "practice", "represent", "work", "teach", "publish", "write", "report"}
    | {"broadcast", "stand", "run", "contest", "hold", "attend"}
)


def from_leaving(verb: Token) -> bool:
    """ "barred from leaving the country", "banned from travelling": a travel ban."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "from"
        and any(
            g.lemma_.lower() in JOURNEYS or (g.lemma_.lower() in PURSUITS and _barred_person(verb))
            for g in c.children
        )
        for c in verb.children
    )


def _barred_person(verb: Token) -> bool:
    """Who is barred from their work is a person: "barred the lawyer from representing"."""
    return is_person_like(subject_of(verb) if is_passive(verb) else child_with(verb, "dobj"))


def belongings(verb: Token) -> bool:
    taken = child_with(verb, "dobj") or (subject_of(verb) if is_passive(verb) else None)
    return belonging(taken or _undergone(verb))


def _undergone(verb: Token) -> Token | None:
    """What a causative or passive act was done to: "had their phones taken" → phones."""
    if causative(verb):
        return child_with(verb, "nsubj")
    return child_with(verb, "nsubjpass")


def searched_of_person(act: Token) -> bool:
    """ "searches of activists' homes", "the confiscation of their phones": a home, an office or
    a belonging of people, not "the search for survivors"."""
    searched = object_of_preposition(act, "of")
    if searched is None:
        return False
    place = searched.lemma_.lower() in HOME_WORDS | PLACES_SEARCHED | BELONGINGS
    return place or is_person_like(searched)


def smear(campaign: Token) -> bool:
    """ "ran a smear campaign against the lawyers": defamation by the state or its media."""
    return any(c.dep_ == "compound" and c.lower_ in ("smear", "hate") for c in campaign.children)


def on_a_list(verb: Token) -> bool:
    """ "placed on a wanted list", "added to a register of extremists": listed as a reprisal."""
    listed = object_of_preposition(verb, "on", "to", "in")
    return listed is not None and listed.lemma_.lower() in LISTS


def into_home(verb: Token) -> bool:
    home = object_of_preposition(verb, "into")
    return home is not None and home.lemma_.lower() in HOME_WORDS | PLACES_SEARCHED


def from_travel(verb: Token) -> bool:
    words = {t.lemma_.lower() for t in verb.subtree}
    return bool(words & {"travel", "leave", "travelling", "traveling"})


def pupils(token: Token | None) -> bool:
    return token is not None and token.lemma_.lower() in (
        "student",
        "pupil",
        "schoolchild",
        "schoolboy",
        "schoolgirl",
        "undergraduate",
    )


def diplomat(verb: Token) -> bool:
    summoned = subject_of(verb) if is_passive(verb) else child_with(verb, "dobj")
    return summoned is not None and summoned.lemma_.lower() in (
        "ambassador",
        "envoy",
        "diplomat",
        "chargé",
        "representative",
    )


# Verbs of damage done to what someone owns or lives in: an attack meant to drive them off.
DAMAGING = frozenset(
    {"smash", "wreck", "vandalise", "vandalize", "trash", "ransack", "destroy", "torch", "loot"}
    | {"break", "deface", "daub", "burn"}
)  # not "demolish": a demolition of homes is told as the eviction it serves
# What such damage is done to: a home, a shop, a stall, a car.
PROPERTY = frozenset(
    {"stall", "shop", "window", "house", "home", "car", "office", "door", "flat", "apartment"}
    | {"kiosk", "business", "property", "gate", "fence", "roof", "furniture", "vehicle", "store"}
    | {"premises", "workshop", "farm", "crop", "livestock", "garden", "bakery", "restaurant"}
)
UTILITIES = frozenset({"water", "supply", "electricity", "power", "gas", "heating", "internet"})


def _owned_by_people(thing: Token | None) -> bool:
    """ "their stalls", "the windows of their houses", "Mr Lenk's car": a thing of someone's."""
    if thing is None:
        return False
    owner = child_with(thing, "poss") or object_of_preposition(thing, "of", "belonging")
    if owner is not None and owner.tag_ in ("PRP$", "PRP"):
        return True
    if owner is not None and owner.lemma_.lower() in PROPERTY:
        return _owned_by_people(owner)  # "the windows of their houses"
    return is_person_like(owner)


def property_damaged(verb: Token) -> bool:
    """Someone's home, shop or stall smashed, wrecked or burnt: harassment of its owners."""
    thing = subject_of(verb) if is_passive(verb) else child_with(verb, "dobj")
    if thing is None and verb.dep_ in ("oprd", "xcomp", "acl"):  # "find their stalls wrecked"
        thing = verb.head if verb.dep_ == "acl" else child_with(verb.head, "dobj")
    return (
        thing is not None
        and thing.lemma_.lower() in PROPERTY
        and _owned_by_people(thing)
        and not is_negated(verb)
    )


def thrown_at_home(throw: Token) -> bool:
    aimed = object_of_preposition(throw, "at")
    return aimed is not None and aimed.lemma_.lower() in PROPERTY and not is_negated(throw)


def supply_cut(cut: Token) -> bool:
    supply = child_with(cut, "dobj")
    return supply is not None and supply.lemma_.lower() in UTILITIES and _owned_by_people(supply)


def belonging(thing: Token | None) -> bool:
    return thing is not None and thing.lemma_.lower() in BELONGINGS | LICENCES


def owned(verb: Token) -> bool:
    thing = child_with(verb, "dobj") or (subject_of(verb) if is_passive(verb) else None)
    owner = (child_with(thing, "poss") or object_of_preposition(thing, "of")) if thing else None
    return owner is not None  # "her accounts", "the organisation's accounts": someone's


def licence_withdrawn(verb: Token) -> bool:
    """A licence, passport or citizenship taken from a person: "stripped of his citizenship",
    "the lawyer's licence was suspended", "revoked the accreditation of two reporters"."""
    paper = object_of_preposition(verb, "of") if verb.lemma_.lower() == "strip" else None
    if paper is not None:
        return paper.lemma_.lower() in LICENCES and is_person_like(subject_of(verb))
    paper = child_with(verb, "dobj") or (subject_of(verb) if is_passive(verb) else None)
    if paper is None or paper.lemma_.lower() not in LICENCES:
        return False
    owner = child_with(paper, "poss") or object_of_preposition(paper, "of")
    return owner is None or is_person_like(owner) or owner.tag_ == "PRP$"


def silenced(verb: Token) -> bool:
    """Telling people not to speak, publish or protest is intimidation: "warned the families
    not to speak to foreign media", "told him to stop posting about the case"."""
    act = child_with(verb, "xcomp", "ccomp")
    if act is None or act.lemma_.lower() not in SPEAKING | {"stop", "cease", "quit"}:
        return False
    if modal_of(verb) not in (None, "past") or is_negated(verb):
        return False
    if act.lemma_.lower() in ("stop", "cease", "quit"):
        act = child_with(act, "xcomp") or act
        stopped = True
    else:
        stopped = False
    told = subject_of(verb) if is_passive(verb) else child_with(verb, "dobj", "dative")
    return act.lemma_.lower() in SPEAKING and (stopped or is_negated(act)) and is_person_like(told)


def exposed(verb: Token) -> bool:
    """Names, addresses or photographs of people made public: outing and doxxing ("had their
    photographs and addresses posted", "their addresses were published")."""
    shown = child_with(verb, "dobj") or _undergone(verb)
    if shown is None or shown.lemma_.lower() not in IDENTIFIERS:
        return False
    owner = object_of_preposition(shown, "of") or child_with(shown, "poss")
    for conjunct in shown.children:
        if owner is None and conjunct.dep_ == "conj":
            owner = object_of_preposition(conjunct, "of")
    return is_person_like(owner) or (owner is not None and owner.tag_ == "PRP$")

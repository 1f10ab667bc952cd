"""Whether a token stands for a person or people: names, person nouns, pronouns and group words."""

from __future__ import annotations

from spacy.tokens import Token

from factfinder.extract.actors import object_of_preposition

PERSON_NOUNS = frozenset(
    {
        "man",
        "woman",
        "people",
        "person",
        "activist",
        "journalist",
        "prisoner",
        "detainee",
        "protester",
        "student",
        "child",
        "boy",
        "girl",
        "member",
        "reporter",
        "lawyer",
        "defender",
        "worker",
        "resident",
        "villager",
        "refugee",
        "migrant",
        "suspect",
        "leader",
        "blogger",
        "opponent",
        "citizen",
        "civilian",
        "teenager",
        "son",
        "daughter",
        "brother",
        "father",
        "mother",
        "husband",
        "wife",
        "relative",
        "witness",
        "victim",
        "individual",
        "inmate",
        "dissident",
        "critic",
        "farmer",
        "soldier",
        "officer",
        "official",
        "politician",
        "candidate",
        "teacher",
        "doctor",
        "nurse",
        "artist",
        "writer",
        "poet",
        "musician",
        "family",
        "crowd",
        "demonstrator",
        "mourner",
        "hostage",
        "captive",
        "editor",
        "photographer",
        "priest",
        "imam",
        "monk",
        "nun",
        "employee",
        "volunteer",
        "campaigner",
        "organiser",
        "organizer",
        "sister",
        "friend",
        "partner",
        "colleague",
        "minor",
        "adult",
        "youth",
        "pupil",
        "worshipper",
        "fighter",
        "combatant",
        "national",
        "foreigner",
        "asylum",
        "seeker",
        "opposition",
        "gay",
        "lesbian",
        "transgender",
        "survivor",
        "guard",
        "pilgrim",
        "parishioner",
        "trader",
        "shopkeeper",
        "driver",
        "labourer",
        "laborer",
        "miner",
        "fisherman",
        "herder",
        "nomad",
        "tribesman",
        "believer",
        "convert",
        "protestor",
        "unionist",
        "defendant",
        "applicant",
        "plaintiff",
        "complainant",
        "mp",
        "lawmaker",
        "deputy",
        "councillor",
        "mayor",
        "judge",
        "prosecutor",
        "cleric",
        "pastor",
        "bishop",
        "rabbi",
        "scholar",
        "academic",
        "professor",
        "researcher",
        "economist",
        "entrepreneur",
        "businessman",
        "businesswoman",
        "servant",
        "staff",
        "staffer",
        "correspondent",
        "cameraman",
        "commentator",
        "influencer",
        "user",
        "supporter",
        "follower",
        "sympathiser",
        "sympathizer",
        "kin",
        "parent",
        "grandfather",
        "grandmother",
        "neighbour",
        "neighbor",
        "investigator",
        "uncle",
        "aunt",
        "cousin",
        "nephew",
        "niece",
        "infant",
        "baby",
        "toddler",
        "schoolchild",
        "schoolchildren",
        "schoolboy",
        "schoolgirl",
        "adolescent",
        "elder",
        "peasant",
        "tenant",
        "squatter",
        "evacuee",
        "displaced",
        "returnee",
        "deportee",
        "exile",
        "conscript",
        "recruit",
        "veteran",
        "militant",
        "rebel",
        "insurgent",
        "partisan",
        "accused",
        "convict",
        "abductee",
        "lgbt",
        "lgbti",
        "lgbtq",
        "bisexual",
        "homosexual",
        "couple",
        "client",
        "engineer",
        "patient",
        "passenger",
        "traveller",
        "traveler",
        "tourist",
        "visitor",
        "owner",
        "widow",
        "orphan",
        "pensioner",
        "graduate",
        "filmmaker",
        "actor",
        "singer",
        "rapper",
        "comedian",
        "athlete",
        "footballer",
        "satirist",
        "cartoonist",
        "translator",
        "interpreter",
        "advocate",
        "attorney",
        "physician",
        "surgeon",
        "paramedic",
        "medic",
        "midwife",
        "humanitarian",
        "contractor",
        "technician",
        "mechanic",
        "vendor",
        "hawker",
        "merchant",
        "shepherd",
        "inhabitant",
        "homeowner",
        "occupant",
        "bystander",
        "onlooker",
        "pedestrian",
        "motorist",
        "commuter",
        "spectator",
        "customer",
        "voter",
        "delegate",
        "observer",
        "whistleblower",
        "informant",
        "internee",
        "escapee",
        "fugitive",
        "defector",
        "immigrant",
        "emigrant",
        "expatriate",
        "founder",
        "coordinator",
        "director",
        "manager",
        "lecturer",
        "principal",
        "preacher",
        "missionary",
        "chief",
        "chairman",
        "chairwoman",
        "seller",
        "stallholder",
        "marcher",
        "cellmate",
        "baker",
        "porter",
        "cleaner",
        "tailor",
        "builder",
        "human",
    }
)
# Endings of nouns for people ("cartoonist", "policeman", "townspeople") beyond the list above.
PERSON_SUFFIXES = ("ist", "man", "men", "woman", "women", "person", "people")
# Words with those endings that name things, not people.
NOT_PERSON_ENDINGS = frozenset({"exist", "wrist", "twist", "assist", "persist", "insist", "resist"})
# Words standing for people already mentioned ("several of those held were beaten").
GROUP_WORDS = frozenset(
    {
        "those",
        "others",
        "who",
        "whom",
        "many",
        "several",
        "some",
        "all",
        "both",
        "most",
        "few",
        "each",
        "everyone",
        "everybody",
        "anyone",
        "one",
        "none",
        "nobody",
        "someone",
        "somebody",
        "dozens",
        "hundreds",
        "thousands",
        "scores",
    }
)
# Titles before a person's name ("Mr Oddan", "Ms Marsh").
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "mx"})
# Words that make a name an organisation's ("Civic Union", "Sentinel Rights Network").
ORGANISATION_WORDS = frozenset(
    {"ministry", "party", "union", "group", "council", "court", "committee", "commission"}
    | {"network", "watch", "international", "bank", "company", "university", "agency"}
    | {"office", "centre", "center", "foundation", "association", "federation", "league"}
    | {"front", "movement", "institute", "bureau", "department", "rights", "service", "news"}
    | {"times", "post", "press", "radio", "tv", "television", "club", "united", "fc", "corp"}
)
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "i", "me", "we", "us"})
# Pronouns for people spoken about, as objects: "show them", "denied holding him".
THIRD_PERSON_OBJECTS = frozenset({"him", "her", "them"})


def new_people(quantity: Token) -> bool:
    """ "scores of men detained during the crackdown": the participle tells of people not
    mentioned before; "several of the men held" (with "the") refers back to them. "Four
    journalists were among those held" names who was held: the ones counted among them."""
    if among_those(quantity):
        return True
    members = object_of_preposition(quantity, "of")
    return (
        quantity.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")
        and members is not None
        and members.lemma_.lower() in PERSON_NOUNS
        and not any(c.dep_ in ("det", "poss") for c in members.children)
    )


def among_those(those: Token) -> bool:
    """ "14 of its members were among those rounded up", "four dual nationals among those
    arrested": "among those" places newly named people in the group the participle tells of
    (not "Among those held, many said …" nor "They are among those arrested", which go back
    to people already counted)."""
    if those.lower_ != "those" or those.dep_ != "pobj" or those.head.lower_ != "among":
        return False
    holder = those.head.head
    member = holder
    if holder.lemma_.lower() == "be":
        member = next((c for c in holder.children if c.dep_ in ("nsubj", "attr")), None)
    return (
        member is not None
        and member.pos_ in ("NOUN", "PROPN", "NUM")
        and member.lower_ not in PERSONAL_PRONOUNS
        and is_person_like(member)
    )


def is_person_like(token: Token | None) -> bool:
    """A person or people: a name, a personal pronoun, a person noun, or a counted group."""
    if token is None:
        return False
    if token.ent_type_ in ("PERSON", "NORP") or token.lower_ in PERSONAL_PRONOUNS | GROUP_WORDS:
        return True
    if token.lemma_.lower() in PERSON_NOUNS or person_word(token):
        return True
    if token.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lemma_.lower().rstrip(".") in PERSON_NOUNS | HONORIFICS
        for c in token.children
    ):
        return True  # "blogger Sami Orlov": the title says it is a person whatever NER thinks
    if token.pos_ == "NUM" and token.dep_ in ("nsubj", "nsubjpass"):
        return True  # "12 were released": the people counted before
    if token.pos_ == "PROPN" and _antecedent_of_who(token):
        return True  # "said Arman, 33, who was held at …": "who" is said only of people
    if token.lemma_.lower() in OFFICES and object_of_preposition(token, "of") is not None:
        return True  # "the head of the association": a person by office
    included = object_of_preposition(token, "including")  # "the group, including nine children"
    if token.pos_ == "NOUN" and included is not None and included.lemma_.lower() in PERSON_NOUNS:
        return True
    if token.pos_ == "NOUN" and any(_name_in_apposition(token, c) for c in token.children):
        return True  # "the printer Oren Talvi": a trade named with its holder's name
    if token.pos_ == "NOUN" and of_an_age(token):
        return True  # "a 19-year-old cook": whatever the trade, an age makes it a person
    if token.pos_ == "PROPN" and token.ent_type_ in ("", "GPE") and not _named_thing(token):
        return True  # an unlabelled capitalised name is more often a person than a place
    if (
        token.pos_ in ("NOUN", "NUM", "PRON", "ADJ", "DET")
        and token.lower_ not in PERSONAL_PRONOUNS
    ):
        members = object_of_preposition(token, "of")  # "dozens of men", "two of the activists"
        if members is not None and (
            members.lemma_.lower() in PERSON_NOUNS
            or members.lower_ in PERSONAL_PRONOUNS | GROUP_WORDS
        ):
            return True
    if token.lemma_.lower() in COUNTED_PLACES:
        return False  # "at least 23 villages have been burned": places, not people
    return any(c.dep_ == "nummod" for c in token.children) and token.tag_ in ("NNS", "NNPS")


def _antecedent_of_who(name: Token) -> bool:
    """A name a relative clause opened by "who" or "whom" hangs on: a person, even when the
    tagger took an unfamiliar name ("Arman") for a product or a place."""
    return any(
        c.dep_ == "relcl"
        and any(g.tag_ == "WP" and g.lower_ in ("who", "whom") for g in c.children)
        for c in name.children
    )


# Places and buildings a report counts as it counts people ("23 villages were burned"):
# what is done to them is done to property.
COUNTED_PLACES = frozenset(
    {"village", "town", "hamlet", "settlement", "building", "shop", "school", "mosque"}
    | {"church", "farm", "field", "vehicle", "car", "truck", "crop", "hectare", "acre"}
)


# Nouns for a person by the office held: "the head of the association".
OFFICES = frozenset({"head", "chief", "chair", "director", "leader", "president", "secretary"})
# Endings of nouns for what someone does ("printer", "editor", "vendor", "librarian").
AGENT_NOUN_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")


def person_noun(noun: Token) -> bool:
    """A common noun for a person: "lawyer", "journalist", "the printer Oren Talvi"."""
    return noun.pos_ == "NOUN" and (
        noun.lemma_.lower() in PERSON_NOUNS
        or person_word(noun)
        or any(_name_in_apposition(noun, c) for c in noun.children)
    )


def _name_in_apposition(noun: Token, name: Token) -> bool:
    """ "the printer Oren Talvi", "the bookseller Oren Talvi": a person named after a common
    noun, by the tagger's label or, after a noun for what someone does, by being a name."""
    if name.dep_ != "appos" or name.pos_ != "PROPN" or _named_thing(name):
        return False
    if name.ent_type_ == "PERSON":
        return True
    doer = noun.lower_.endswith(AGENT_NOUN_ENDINGS) and noun.tag_ == "NN"
    return doer and name.ent_type_ not in ("ORG", "DATE", "NORP", "FAC")


def misread_name(token: Token | None) -> bool:
    """A two- or three-word name the entity tagger labelled an organisation though nothing in
    it says so ("Danek Voss" beside "the Civic Union party", a double surname "Landa-Reyes"):
    as the object of a verb done only to people it is a person's name. Foreign names in
    translated reports are often misread."""
    if token is None or token.ent_type_ != "ORG" or token.pos_ != "PROPN":
        return False
    name = [t for t in token.doc.ents if t.start <= token.i < t.end]
    words = [t for t in name[0] if t.tag_ != "HYPH"] if name else []  # "Landa-Reyes"
    if not 2 <= len(words) <= 3:
        return False
    return all(t.pos_ == "PROPN" and t.text.istitle() for t in words) and not (
        {t.lower_ for t in words} & ORGANISATION_WORDS
    )


def of_an_age(noun: Token) -> bool:
    """ "a 19-year-old cook", "a 34-year-old shepherd": reports give an age for people, so a
    noun of any trade with a human age before it is a person (not "a 300-year-old church")."""
    ages = [
        t
        for c in noun.children
        if c.dep_ == "amod" and c.lower_ in ("old", "year-old")
        for t in c.subtree
        if t.like_num
    ]
    return any(age.text.isdigit() and 0 < int(age.text) < 100 for age in ages)


def person_word(token: Token) -> bool:
    """A common noun whose ending names a person: "-ist" (not "-list"), "-man", "-people",
    or a person noun closed up with another word ("schoolteacher", "steelworker")."""
    word = token.lower_
    if token.pos_ != "NOUN" or len(word) <= 5:
        return False
    if word.endswith(PERSON_COMPOUND_ENDS) and word.removesuffix("s") not in PERSON_NOUNS:
        return True
    return (
        word.endswith(PERSON_SUFFIXES)
        and not word.endswith("list")
        and (word not in NOT_PERSON_ENDINGS)
    )


# Person nouns long enough to close up a compound that is still a person ("schoolteacher",
# "steelworkers", "ringleader"); shorter ones ("son", "man") end too many other words.
# Endings that close other words too ("international", "screwdriver", "bestseller").
_LOOSE_ENDINGS = frozenset(
    {"national", "opposition", "convert", "principal", "asylum", "family", "couple", "people"}
    | {"displaced", "accused", "individual", "seller", "rapper", "driver", "parent", "critic"}
    | {"client", "porter", "member", "partner", "captive", "recruit", "convict", "infant"}
)
_CLOSED_UP = {n for n in PERSON_NOUNS if len(n) >= 6 and n.isalpha()} - _LOOSE_ENDINGS
PERSON_COMPOUND_ENDS = tuple(sorted(_CLOSED_UP | {n + "s" for n in _CLOSED_UP}))


def _named_thing(token: Token) -> bool:
    """A capitalised name of a team, firm or product ("Dorvi United", "Solvar FC")."""
    words = {t.lower_ for t in token.subtree} | {t.lower_ for t in token.lefts}
    return bool(words & {"united", "fc", "city", "club", "inc", "ltd", "rovers", "athletic"})

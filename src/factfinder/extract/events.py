"""Event triggers (acts done to people) found in a parsed sentence, with agent and target tokens.

Policy, applied the same way everywhere:
- Active and passive voice both work: "police detained them" and "they were detained by
  police" give agent "police", target "them".
- A verb conjoined to a trigger shares its subject and voice: "detained and tortured"
  gives two claims with the same target.
- A nominalised act ("the imprisonment and torture of gay men") is an event when it has
  a victim ("of …", "his arrest") or is what someone condemned, faced or suffered; it is
  asserted by whoever the sentence says asserts the enclosing statement.
- What did not happen is not an event: hypotheticals ("could be detained if"), futures
  and intentions ("will release", "agreed to free") and questions produce no claim. An
  act said not to have happened, or denied, with its victims named ("did not detain
  anyone", "denied holding him") is kept as a negated event, attributed to the denier,
    beside the deny statement: later stages weigh it against the reports it contradicts.
  Speculation about the past ("may have been killed") is an event, hedged.
- Calls to eliminate a group are incitement; telling someone a person should be killed
  is a death threat.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from factfinder.extract.actors import (
    by_agent,
    child_with,
    object_of_preposition,
    objects_of_prepositions,
    subject_of,
)

VERB_EVENTS = {
    "detain": "detention",
    "arrest": "detention",
    "imprison": "detention",
    "jail": "detention",
    "incarcerate": "detention",
    "intern": "detention",
    "abduct": "enforced_disappearance",
    "kidnap": "enforced_disappearance",
    "disappear": "enforced_disappearance",
    "pressure": "harassment",
    "bully": "harassment",
    "humiliate": "harassment",
    "vanish": "enforced_disappearance",
    "question": "harassment",
    "out": "harassment",
    "blacklist": "harassment",
    "torture": "torture",
    "beat": "torture",
    "electrocute": "torture",
    "flog": "torture",
    "whip": "torture",
    "mistreat": "torture",
    "maltreat": "torture",
    "apprehend": "detention",
    "seize": "detention",
    "abuse": "torture",
    "assault": "torture",
    "rape": "torture",
    "kick": "torture",
    "burn": "torture",
    "waterboard": "torture",
    "suffocate": "torture",
    "punch": "torture",
    "hit": "torture",
    "slap": "torture",
    "batter": "torture",
    "club": "torture",
    "strangle": "killing",
    "wiretap": "harassment",
    "stalk": "harassment",
    "spy": "harassment",
    "kill": "killing",
    "massacre": "killing",
    "slaughter": "killing",
    "murder": "killing",
    "execute": "killing",
    "assassinate": "killing",
    "lynch": "killing",
    "behead": "killing",
    "extort": "extortion",
    "blackmail": "extortion",
    "bribe": "extortion",
    "flee": "forced_displacement",
    "deport": "forced_displacement",
    "displace": "forced_displacement",
    "exile": "forced_displacement",
    "evict": "forced_displacement",
    "expel": "forced_displacement",
    "harass": "harassment",
    "summon": "harassment",
    "bundle": "enforced_disappearance",
    "snatch": "enforced_disappearance",
    "intimidate": "harassment",
    "surveil": "harassment",
    "raid": "harassment",
    "interrogate": "harassment",
    "release": "release",
    "free": "release",
    "pardon": "release",
    "incite": "incitement",
    "torment": "torture",
    "brutalise": "torture",
    "brutalize": "torture",
    "slay": "killing",
    "menace": "death_threat",
    "shame": "harassment",
    "mutilate": "torture",
    "maim": "torture",
    "molest": "torture",
    "sodomise": "torture",
    "sodomize": "torture",
    "bludgeon": "torture",
    "decapitate": "killing",
    "uproot": "forced_displacement",
    "banish": "forced_displacement",
    "persecute": "harassment",
    "hound": "harassment",
    "parole": "release",
}
NOUN_EVENTS = {
    "elimination": "incitement",
    "extermination": "incitement",
    "money": "extortion",
    "cash": "extortion",
    "dollar": "extortion",
    "euro": "extortion",
    "rouble": "extortion",
    "ruble": "extortion",
    "sentencing": "detention",
    "rape": "torture",
    "abuse": "torture",
    "mistreatment": "torture",
    "maltreatment": "torture",
    "assault": "torture",
    "shock": "torture",
    "lynching": "killing",
    "massacre": "killing",
    "death": "killing",
    "eviction": "forced_displacement",
    "interrogation": "harassment",
    "payment": "extortion",
    "detention": "detention",
    "arrest": "detention",
    "imprisonment": "detention",
    "incarceration": "detention",
    "roundup": "detention",
    "abduction": "enforced_disappearance",
    "disappearance": "enforced_disappearance",
    "kidnapping": "enforced_disappearance",
    "torture": "torture",
    "beating": "torture",
    "ill-treatment": "torture",
    "killing": "killing",
    "murder": "killing",
    "execution": "killing",
    "threat": "death_threat",
    "extortion": "extortion",
    "bribe": "extortion",
    "ransom": "extortion",
    "deportation": "forced_displacement",
    "displacement": "forced_displacement",
    "expulsion": "forced_displacement",
    "harassment": "harassment",
    "intimidation": "harassment",
    "smear": "harassment",
    "search": "harassment",
    "confiscation": "harassment",
    "surveillance": "harassment",
    "raid": "harassment",
    "release": "release",
    "incitement": "incitement",
    "return": "forced_displacement",
    "violence": "torture",
    "ban": "harassment",
    "refoulement": "forced_displacement",
    "pushback": "forced_displacement",
}
# Verbs whose subject undergoes the act: the displaced flee, the disappeared disappear.
INTRANSITIVE = frozenset(
    {"flee", "disappear", "die", "miss", "vanish", "go", "seek", "escape", "survive", "see"}
)
ELIMINATE = frozenset({"eliminate", "exterminate", "annihilate", "cleanse", "purge", "wipe"})
KILL = frozenset(
    {"kill", "murder", "execute", "shoot", "punish", "harm", "hang", "eliminate", "bury"}
)
CALL_VERBS = frozenset(
    {
        "want",
        "wish",
        "call",
        "urge",
        "demand",
        "order",
        "vow",
        "pledge",
        "declare",
        "say",
        "ask",
        "encourage",
        "instruct",
        "incite",
        "promise",
    }
)
THREAT_VERBS = frozenset({"tell", "warn", "threaten", "write", "text", "message", "shout"})
# Verbs that make a following act intended, planned or refused rather than done.
INTENT_VERBS = frozenset(
    {
        "want",
        "plan",
        "intend",
        "agree",
        "promise",
        "vow",
        "pledge",
        "seek",
        "try",
        "attempt",
        "hope",
        "aim",
        "decide",
        "prepare",
        "refuse",
        "threaten",
        "fail",
        "expect",
        "consider",
        "propose",
        "ask",
        "urge",
        "call",
        "demand",
        "order",
        "need",
        "allow",
        "prevent",
        "stop",
        "avoid",
        "risk",
        "fear",
        "plot",
        "press",
        "persuade",
        "encourage",
    }
)
DENY_VERBS = frozenset({"deny", "refute", "reject", "dismiss"})
MODALS = frozenset(
    {"could", "might", "may", "would", "will", "shall", "should", "must", "can", "'ll", "wo", "ca"}
)
EXPERIENCE = frozenset(
    {
        "give",
        "get",
        "face",
        "suffer",
        "receive",
        "endure",
        "undergo",
        "condemn",
        "denounce",
        "decry",
        "deplore",
        "document",
        "report",
        "describe",
        "witness",
        "survive",
        "recount",
        "investigate",
        "subject",
        "criticise",
        "criticize",
        "end",
        "stop",
        "carry",
        "conduct",
        "pay",
        "demand",
        "recall",
    }
)
NOUN_PREPOSITIONS = frozenset({"amid", "despite", "under"})
# Nouns that count or group the acts they govern ("a series of threats", "a wave of arrests").
AMOUNT_NOUNS = frozenset(
    {"series", "string", "wave", "spate", "barrage", "flurry", "stream", "campaign"}
)
# Lists a person is put on as a reprisal: "placed on a wanted list", "added to a register".
LISTS = frozenset({"list", "register", "registry", "blacklist", "database", "watchlist"})
# How a demand or threat arrives, which a "by" phrase names instead of a sender.
MEANS = frozenset({"phone", "telephone", "mail", "email", "letter", "message", "text", "post"})
# Verbs of finding out: relatives "unable to learn where he is held" meet a concealment.
LEARNING = frozenset({"learn", "establish", "discover", "find", "determine", "ascertain"})
# Verbs of freeing that a payment can buy: "released only after the family paid".
FREED = frozenset({"release", "free", "let", "discharge"})
# Nouns that wrap a sum asked for: "asked her for a gift of 1,000 euros".
MONEY_WRAPPERS = frozenset({"gift", "sum", "amount", "fee", "contribution", "payment"})
# Who, besides captors, follows a person to watch them: "two men in a grey car followed me".
WATCHERS = frozenset({"man", "stranger", "car", "vehicle", "van"})
CUSTODY_WORDS = frozenset(
    {
        "custody",
        "prison",
        "prisons",
        "jail",
        "incommunicado",
        "detention",
        "captive",
        "hostage",
        "cell",
        "cells",
        "camp",
        "camps",
        "charge",
        "police",
        "station",
        "basement",
        "facility",
        "confinement",
    }
)
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
    }
)
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
# Acts a leader calls on others to commit against a group: incitement, not a demand.
VIOLENT_CALLS = frozenset(
    {
        "kill",
        "murder",
        "eliminate",
        "exterminate",
        "attack",
        "burn",
        "hunt",
        "drive",
        "expel",
        "punish",
        "beat",
        "lynch",
        "wipe",
        "cleanse",
        "purge",
        "shoot",
        "hang",
        "destroy",
        "silence",
        "crush",
        "chase",
    }
)
PAYMENT_DEMANDS = frozenset(
    {"demand", "ask", "extort", "require", "seek", "want", "request", "extract"}
)
PLACES_SEARCHED = frozenset(
    {
        "office",
        "offices",
        "premises",
        "premise",  # the lemmatiser's singular of "premises"
        "apartment",
        "home",
        "homes",
        "house",
        "centre",
        "center",
        "headquarters",
        "newsroom",
        "studio",
    }
)
# A release sought, won or paid for is not a release that happened.
RELEASE_SOUGHT = frozenset(
    {
        "demand",
        "call",
        "urge",
        "seek",
        "for",
        "secure",
        "win",
        "obtain",
        "negotiate",
        "press",
        "request",
        "order",
        "push",
        "campaign",
        "fight",
    }
)
# Verbs that are only abuses when done to people ("released the prisoners", not "the film").
NEEDS_PERSON = frozenset(
    {
        "release",
        "free",
        "beat",
        "execute",
        "hold",
        "shoot",
        "whip",
        "expel",
        "seize",
        "abuse",
        "assault",
        "kick",
        "punch",
        "hit",
        "slap",
        "batter",
        "club",
        "drag",
        "apprehend",
        "spy",
        "burn",
        "pardon",
        "let",
        "question",
        "out",
        "pressure",
        "bully",
        "humiliate",
        "keep",
        "place",
        "put",
        "send",
        "vanish",
        "torment",
        "brutalise",
        "brutalize",
        "menace",
        "shame",
        "mutilate",
        "maim",
        "bludgeon",
        "persecute",
        "hound",
        "parole",
    }
)
# Positions imposed for hours as punishment ("forced to stand for hours").
STRESS_POSITIONS = frozenset({"stand", "kneel", "squat", "crouch", "sit"})
# Jobs and posts a person is dismissed from in reprisal.
POSTS = frozenset({"job", "post", "position", "university", "school", "work", "office"})
# Places left in ordinary flight ("fled the scene"): not a home, town or country.
VENUES = frozenset(
    {"scene", "stadium", "pitch", "field", "court", "building", "room", "car", "vehicle", "stage"}
)
# Those whose flight is escape from justice, not displacement.
OFFENDERS = frozenset(
    {"gunman", "attacker", "assailant", "suspect", "robber", "thief", "killer", "perpetrator"}
)
# What someone in custody or at a protest died of: a death that is an act, not an illness.
LETHAL_CAUSES = frozenset(
    {
        "custody",
        "detention",
        "torture",
        "prison",
        "jail",
        "gunshot",
        "wounds",
        "beating",
        "injuries",
    }
)
# Instruments of pain ("used electric batons on the prisoners").
PAIN_TOOLS = frozenset({"baton", "taser", "truncheon", "cable", "electrode", "whip", "stick"})
# Schools whose expulsion of students is reprisal, not a removal from the country.
SCHOOLS = frozenset({"university", "school", "college", "faculty", "academy", "institute"})
# Verbs whose negation by relatives reports someone missing ("cannot locate her").
SEARCHING = frozenset({"locate", "find", "trace", "reach"})
# Verbs by which an actor announces an intention to kill: a threat made by the speaker.
VOWING = frozenset({"vow", "pledge", "promise", "swear"})
HEADLINE_PARTICIPLES = frozenset({"beaten", "taken", "driven", "shot", "stabbed", "hanged"})
# Threatened consequences that coerce without physical harm: harassment, not a death threat.
COERCION = frozenset(
    {"arrest", "detain", "prosecute", "charge", "jail", "fire", "dismiss", "deport", "expel", "job"}
)
SINGLE = frozenset({"he", "she", "him", "her", "you", "i", "me"})
# Acts that, said to be due to a group ("must be driven out"), call on others to do them.
# What someone in custody did not survive: a time, or the abuse.
ENDURED = frozenset(
    {"night", "day", "week", "month", "winter", "year", "ordeal", "beating", "torture", "detention"}
)
# Money named as such or by its currency ("demanded 3,000 dollars to let my brother go").
PAYMENT_NOUNS = frozenset({"payment", "money", "cash", "dollar", "euro", "rouble", "ruble"})
MONEY = frozenset({"money", "cash", "sum", "bribe", "payment", "fee", "dollar", "euro", "savings"})
IMPOSING = frozenset({"impose", "place", "put", "issue", "slap"})
SAYING_VERBS = frozenset({"say", "declare", "state", "announce", "insist", "write"})
SPEAKERS_THEMSELVES = frozenset({"we", "i", "you", "us"})
KIN = frozenset({"family", "relative", "kin", "clan", "father", "brother", "community"})
CALLED_ACTS = frozenset(
    {"drive", "expel", "send", "hunt", "lynch", "silence", "crush", "exterminate", "deport"}
)
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "i", "me", "we", "us"})
NATURAL_CAUSES = frozenset(
    {
        "virus",
        "storm",
        "flood",
        "flooding",
        "earthquake",
        "disease",
        "fire",
        "cyclone",
        "hurricane",
        "drought",
        "accident",
        "crash",
        "epidemic",
        "outbreak",
        "heat",
        "cold",
        "landslide",
        "typhoon",
        "tsunami",
        "famine",
        "covid",
        "cancer",
        "illness",
        "rain",
        "rainfall",
        "snow",
        "lightning",
        "wind",
        "frost",
        "avalanche",
        "mudslide",
        "pest",
        "locust",
    }
)
OCCURRED = frozenset(
    {
        "take",
        "occur",
        "happen",
        "continue",
        "begin",
        "start",
        "escalate",
        "increase",
        "rise",
        "intensify",
        "follow",
        "carry",
        "conduct",
        "spread",
        "target",
    }
)
# Forms the small model lemmatises wrongly ("raped" → "rap").
LEMMA_FIXES = {
    "raped": "rape",
    "rapes": "rape",
    "raping": "rape",
    "waterboarded": "waterboard",
    "shamed": "shame",
    "fined": "fine",  # the small model lemmatises "fined" as "fin"
}
PREVALENT = frozenset(
    {"widespread", "systematic", "routine", "common", "rampant", "endemic", "prevalent"}
)
# Verbs whose subject is in custody: "remains in detention", "spent a year in prison".
CUSTODY_STATES = frozenset({"remain", "be", "stay", "languish", "spend"})
# Prepositions that place a named act in the background of another: "since his arrest".
BACKGROUND = frozenset({"since", "after", "before", "following", "until", "upon", "prior"})
MOVED = frozenset({"take", "transfer", "move", "drive", "bring", "carry", "transport"})
LIMBS = frozenset({"wrist", "arm", "hand", "foot", "feet", "leg", "ankle", "thumb", "hair"})
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
    }
)
IDENTIFIERS = frozenset(
    {"name", "address", "photograph", "photo", "picture", "identity", "detail", "number"}
)
CAPTORS = frozenset(
    {
        "police",
        "authority",
        "soldier",
        "force",
        "guard",
        "agent",
        "service",
        "official",
        "officer",
        "militia",
        "kidnapper",
        "captor",
        "gunman",
        "fighter",
        "army",
        "military",
        "regime",
        "rebel",
        "jailer",
    }
)
ORDERING_VERBS = frozenset(
    {"tell", "order", "instruct", "encourage", "urge", "call", "incite", "exhort", "command"}
)
# Verbs of telling whose negation or refusal hides where someone is.
WITHHELD = frozenset(
    {"disclose", "reveal", "tell", "say", "know", "inform", "confirm", "explain", "specify"}
)
FALSE_WORDS = frozenset(
    {"false", "untrue", "baseless", "unfounded", "groundless", "fabricated", "lie", "fabrication"}
)
HOME_WORDS = frozenset({"home", "house", "street", "family", "apartment", "flat", "office", "bed"})


@dataclass
class Detection:
    """A trigger found in a sentence, before offsets, dates and figures are attached."""

    kind: str
    type: str
    trigger: Token
    agent: Token | None = None
    target: Token | None = None
    nominal: bool = False
    hedged: bool = False
    negated: bool = False
    speaker_is_agent: bool = False  # the reporting speaker is the actor (stance words)
    confidence: float = 0.8
    target_tail: Token | None = None  # a trailing modifier the target phrase runs on to
    called: bool = False  # told or called for by the governing verb's subject
    denier: Token | None = None  # the verb of a denial that names this (negated) act


def clause_root(token: Token) -> Token:
    """The first verb of a coordination: "detained and tortured" → "detained"."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


def _coordination(token: Token) -> list[Token]:
    """The verb and the first verb of its coordination, whose auxiliaries it shares.

    A conjoined clause with its own subject shares nothing: "cannot" in "her family cannot
    locate her, and the authorities deny holding her" does not reach the denial.
    """
    if token.dep_ == "conj" and child_with(token, "nsubj", "nsubjpass") is not None:
        return [token]
    return [token, clause_root(token)]


def is_negated(token: Token) -> bool:
    """Whether the verb (or the coordination it belongs to) is negated.

    A conjoined clause with its own subject keeps its own polarity: in "her family cannot
    locate her, and the authorities deny holding her" the denial is not negated.
    """
    for verb in _coordination(token):
        for child in verb.children:
            if child.dep_ == "neg" or child.lower_ in ("never", "not", "n't"):
                return True
        subject = child_with(verb, "nsubj", "nsubjpass")
        if subject is not None and subject.lower_ in ("nobody", "none", "noone"):
            return True
        if subject is not None and any(c.lower_ == "neither" for c in subject.children):
            return True  # "neither the army nor the police responded"
        if subject is not None and any(
            c.lower_ == "no" and (c.dep_ == "det" or subject.lower_ == "one")
            for c in subject.children
        ):
            return True  # "no one was beaten", "no civilians had been killed"
    return False


def modal_of(token: Token) -> str | None:
    """The modal on the verb or its coordination, unless it is a past speculation."""
    for verb in _coordination(token):
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        for aux in auxes:
            if aux.lower_ in MODALS or aux.tag_ == "MD":
                perfect = any(a.lower_ in ("have", "'ve") for a in auxes)
                return "past" if perfect else aux.lower_
        if any(c.lower_ == "going" for c in auxes):
            return "will"
    return None


def is_passive(token: Token) -> bool:
    """Passive voice: an auxpass or nsubjpass, or a participle modifying a noun."""
    if token.lower_ in HEADLINE_PARTICIPLES and child_with(token, "dobj") is None:
        return True  # "activist beaten in Abrevo": a headline drops "was"
    for verb in (token, clause_root(token)):
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            return True
    if any(c.dep_ in ("nsubj", "aux") and c.lemma_.lower() != "be" for c in token.children):
        return False  # "reports that fighters had abducted 30 children" is active
    if token.dep_ == "acl" and token.tag_ == "VBD":
        return True  # "1,150 people pushed back": a reduced relative, mistagged as past
    return token.tag_ == "VBN" and token.dep_ in ("acl", "amod", "xcomp", "advcl", "acomp")


def _governors(token: Token) -> list[Token]:
    """The chain of heads above a token, up to the sentence root."""
    chain: list[Token] = []
    current = token
    while current.head != current and len(chain) < 12:
        current = current.head
        chain.append(current)
    return chain


def is_conditional(token: Token) -> bool:
    """Inside an if/unless clause, or a question."""
    for verb in [token, *_governors(token)]:
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
            return True
        if verb.dep_ in ("ROOT", "ccomp"):
            break
    last = token.sent[-1]
    while last.is_space and last.i > token.sent.start:
        last = last.nbor(-1)
    return last.text in ("?", "?\u201d", '?"')


def intent_governor(token: Token) -> Token | None:
    """A verb of wanting, planning or refusing that the act depends on ("agreed to free")."""
    verb = clause_root(token)
    if verb.dep_ in ("xcomp", "ccomp", "advcl") and verb.head.lemma_.lower() in INTENT_VERBS:
        if verb.dep_ == "advcl" and not any(c.lower_ == "to" for c in verb.children):
            return None
        return verb.head
    return None


def under_denial(token: Token) -> bool:
    """Whether a speaker denies the act ("denied that anyone was tortured", "no reason to")."""
    return denier_of(token) is not None or _denied_otherwise(token)


def denier_of(token: Token) -> Token | None:
    """The deny verb governing the act ("denied holding him", "rejects the claims that …")."""
    below = token
    for governor in _governors(token):
        lemma = governor.lemma_.lower()
        coordinated = below.dep_ == "conj" and below.head == governor
        below = governor
        if lemma in DENY_VERBS and (coordinated or is_passive(governor)):
            continue  # "were denied medical care and subjected to beatings": no one denies
        if lemma in DENY_VERBS:
            return governor
        if lemma in ("say", "state", "insist", "explain", "add", "claim"):
            return None
    return None


def _denied_otherwise(token: Token) -> bool:
    """ "no reason to believe …", "reports that detainees were beaten are false"."""
    for governor in _governors(token):
        lemma = governor.lemma_.lower()
        if lemma == "be" and any(
            c.dep_ in ("acomp", "attr") and c.lemma_.lower() in FALSE_WORDS
            for c in governor.children
        ):
            return True
        if lemma in ("say", "state", "insist", "explain", "add", "claim"):
            return False  # "denied the allegations, saying the men had been detained for …"
        if lemma in ("believe", "evidence", "proof") and any(
            c.lower_ == "no" for c in governor.head.children
        ):
            return True
        if lemma in ("reason", "evidence", "proof") and any(
            c.lower_ == "no" for c in governor.children
        ):
            return True
    return False


def find_events(sent: Span) -> list[Detection]:
    """Every event trigger in the sentence that survives the policy above."""
    found: list[Detection] = []
    for token in sent:
        lemma = LEMMA_FIXES.get(token.lower_, token.lemma_.lower())
        if token.lower_ == "threatening" and token.dep_ == "amod" and token.head.pos_ == "NOUN":
            detection = _threatening(token.head)  # "received threatening phone calls"
        elif _whereabouts_withheld(token):
            detection = Detection(
                "event",
                "enforced_disappearance",
                token,
                target=subject_of(token),
                confidence=0.7,
            )
            if (event := _verb_event(token, lemma)) is not None:
                found.append(event)
        elif lemma == "warn" and (warning := _conditional_warning(token)) is not None:
            detection = warning
        elif lemma == "leave" and (warning := _never_leave_alive(token)) is not None:
            detection = warning
        elif token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            detection = _verb_event(token, lemma)
        elif lemma == "treatment" and token.i >= 2 and token.doc[token.i - 2].lower_ == "ill":
            detection = _noun_event(token, "ill-treatment")  # "ill-treatment" is three tokens
        elif token.pos_ in ("NOUN", "PROPN") and lemma in NOUN_EVENTS:
            detection = _noun_event(token, lemma)
        elif token.lower_ == "unaccounted" and is_person_like(subject_of(token.head)):
            detection = Detection(  # "two other members are still unaccounted for"
                "event",
                "enforced_disappearance",
                token,
                target=subject_of(token.head),
                confidence=0.7,
            )
        elif lemma == "campaign" and _smear(token):
            detection = _noun_event(token, "smear")
        elif lemma == "demand" and token.pos_ == "NOUN" and (price := _price_demanded(token)):
            detection = _noun_event(token, price)  # "received ransom demands by phone"
        elif lemma in ("whereabouts", "whereabout", "fate") and _unknown(token):
            detection = Detection(
                "event",
                "enforced_disappearance",
                token,
                target=child_with(token, "poss"),
                confidence=0.7,
            )
        else:
            continue
        if detection is not None:
            found.append(detection)
    return _one_search(found)


def _one_search(found: list[Detection]) -> list[Detection]:
    """ "raided the offices, searching the premises and seizing computers" is one act of
    harassment against one victim: acts aimed at places and things in a sentence count once."""
    kept: list[Detection] = []
    seen_things = False
    for detection in found:
        aimed_at_things = (
            detection.type == "harassment"
            and detection.target is not None
            and not is_person_like(detection.target)
        )
        if aimed_at_things and seen_things:
            continue
        seen_things = seen_things or aimed_at_things
        kept.append(detection)
    return kept


def _verb_type(token: Token, lemma: str) -> str | None:
    children = {c.lower_ for c in token.children}
    if lemma in KILL and token.dep_ == "xcomp" and token.head.lemma_.lower() in VOWING:
        return "death_threat"  # "vowed to kill anyone who testified": the vow is the threat
    if lemma in KILL and _alternative(token):
        return "death_threat"  # "told every family to leave by morning or be shot"
    if lemma in ELIMINATE or (lemma in KILL and modal_of(token) in ("should", "must")):
        if _perpetrators(token):
            return None  # "those responsible must be punished" asks for justice
        return _call_type(token)
    if lemma in CALLED_ACTS and modal_of(token) in ("should", "must") and _call_type(token):
        if lemma not in ("drive", "send") or children & {"out", "back", "away"}:
            return "incitement"  # "must be driven out of the province"
    if _group_told_to_go(token, lemma) or _left_to_kin(token, lemma):
        return "incitement"
    if lemma == "deserve" and {t.lemma_.lower() for t in token.subtree} & {"death", "die"}:
        return "incitement"  # "they deserve death"
    if lemma in KILL and modal_of(token) in ("would", "will", "'ll"):
        # "warned him that he would be killed", "told the men they would be shot"
        governor = clause_root(token).head
        if governor.pos_ in ("NOUN", "PROPN", "PRON") and clause_root(token).dep_ == "relcl":
            governor = governor.head  # "warned the prisoners they would be shot" (misattached)
        if governor.lemma_.lower() in THREAT_VERBS and governor != token:
            return "death_threat"
        if governor.lemma_.lower() in SAYING_VERBS and _said_by_captor(governor, token):
            return "death_threat"  # "one of the interrogators said they would kill her"
        return None
    if lemma == "wipe" and "out" in children:
        return _call_type(token)
    governor = intent_governor(token)
    if (
        governor is not None
        and governor.lemma_.lower() in CALL_VERBS
        and lemma in VIOLENT_CALLS
        and not is_passive(governor)  # "guards were ordered to beat": an order to the guards
    ):
        if lemma != "drive" or "out" in children:
            return "incitement"
    if (
        token.dep_ == "xcomp"
        and token.head.lemma_.lower() in ORDERING_VERBS
        and lemma == "make"
        and {t.lower_ for t in token.subtree} & {"unbearable", "hell", "impossible"}
    ):
        return "incitement"  # "urged them to make life unbearable for …"
    if (
        token.dep_ == "xcomp"
        and token.head.lemma_.lower() in ORDERING_VERBS
        and not is_passive(token.head)  # "guards were ordered to beat": an order to the guards
        and lemma in VIOLENT_CALLS
        and (lemma != "drive" or "out" in children)
    ):
        return "incitement"  # "told his supporters to drive the migrants out"
    if lemma == "threaten":
        # a threat to kill or harm is a death threat; one of arrest or prosecution harasses
        words = {t.lemma_.lower() for t in token.subtree}
        if words & {"kill", "death", "murder", "shoot", "harm", "rape", "violence", "bury"}:
            return "death_threat"
        coercion = {"arrest", "prosecution", "prosecute", "dismissal", "fine", "jail", "expel"}
        coercion |= {"reprisal", "consequence", "deportation", "eviction", "charge", "prison"}
        if words & coercion:
            return "harassment"
        threatened = subject_of(token) if is_passive(token) else child_with(token, "dobj")
        return "death_threat" if is_person_like(threatened) else "harassment"
    if lemma in ("keep", "place", "put", "send", "lock", "confine", "remand") and _into_custody(
        token
    ):
        return "detention"  # "placed in detention", "sent to a camp", "kept in a basement"
    if lemma == "confine" and is_passive(token) and is_person_like(subject_of(token)):
        return "detention"  # "the detainees are confined to a single room"
    if lemma in STRESS_POSITIONS and token.dep_ == "xcomp" and token.head.lemma_ == "force":
        if {t.lower_ for t in token.subtree} & {"hours", "days", "nights"}:
            return "torture"  # "forced to stand for hours"
    if lemma == "serve" and _serves_prison_term(token):
        return "detention"  # "is serving a five-year sentence"
    if lemma == "use" and _used_on_people(token):
        return "torture"  # "guards used electric batons on the prisoners"
    if lemma == "grant" and is_passive(token) and "bail" in {c.lower_ for c in token.children}:
        return "release"  # "was granted bail"
    if lemma == "expel" and not is_passive(token):
        expeller = subject_of(token)
        if expeller is not None and expeller.lemma_.lower() in SCHOOLS:
            return "harassment"  # "the university expelled six students"
    if lemma == "fine" and (
        is_person_like(subject_of(token) if is_passive(token) else child_with(token, "dobj"))
    ):
        return "harassment"  # "her brother was fined 500 crowns": a reprisal punishment
    if lemma in ("place", "put", "add", "include") and _on_a_list(token):
        return "harassment"  # "placed on a wanted list", "added to a register of extremists"
    if lemma == "call" and "in" in children and is_passive(token):
        if is_person_like(subject_of(token)):
            return "harassment"  # "relatives were called in for questioning": summoned
    if lemma in ("bar", "ban", "prohibit", "forbid", "prevent", "block") and _from_leaving(token):
        return "harassment"  # "barred the activist from leaving the country"
    if lemma in ("force", "drive", "chase") and _from_home(token):
        return "forced_displacement"  # "hundreds were forced from their homes"
    if lemma == "deprive" and is_person_like(subject_of(token) if is_passive(token) else None):
        withheld = object_of_preposition(token, "of")
        if withheld is not None and withheld.lemma_.lower() in ("sleep", "food", "water"):
            return "torture"  # "deprived of sleep and food for days"
    if lemma in ("whisk", "spirit") and "away" in children:
        return "enforced_disappearance"  # "whisked away by men in plain clothes"
    if lemma == "see" and is_negated(token) and ("again" in children or _since(token)):
        if is_person_like(child_with(token, "dobj")):
            return "enforced_disappearance"  # "we never saw him again", "not seen him since"
    if lemma == "see" and is_passive(token) and "last" in children:
        if is_person_like(subject_of(token)):
            return "enforced_disappearance"  # "was last seen being led away by masked men"
    if lemma in ("return", "go") and not is_passive(token) and _home_from_custody(token):
        return "release"  # "returned home after 40 days in custody", "allowed to go home"
    if lemma == "walk" and _walked_free(token):
        return "release"  # "walked free", "walked out of court"
    if lemma == "escape" and "abroad" in children:
        return "forced_displacement"  # "escaped abroad"
    if lemma in ("relocate", "resettle", "transfer", "move") and _by_force(token):
        return "forced_displacement"  # "relocated by force"
    if lemma == "shake" and "down" in children:
        return "extortion"  # "shook them down for cash"
    if lemma == "pay" and "off" in children and is_person_like(child_with(token, "dobj")):
        return "extortion"  # "had to pay the guards off"
    if lemma in ("dismiss", "fire", "expel", "suspend") and is_passive(token):
        post = object_of_preposition(token, "from")
        if post is not None and post.lemma_.lower() in POSTS:
            return "harassment"  # "dismissed from her job"
    if lemma == "discharge" and is_passive(token):
        place = object_of_preposition(token, "from")
        if place is not None and place.lower_ in CUSTODY_WORDS:
            return "release"  # "discharged from custody"; a hospital discharge is not
    if lemma == "hold" and is_negated(token) and _told_not_held(token):
        return "enforced_disappearance"  # families "are told their relatives are not being held"
    if lemma == "hold" and is_passive(token) and _in_secret(token):
        return "enforced_disappearance"  # "held in secret"; "held in secret prisons" is detention
    if lemma == "hear" and is_negated(token) and is_passive(token) and _since(token):
        if is_person_like(subject_of(token)):
            return "enforced_disappearance"  # "have not been heard from since"
    if lemma in SEARCHING and is_negated(token) and _relatives_search(token):
        return "enforced_disappearance"  # "her family cannot locate her"
    if lemma == "follow" and not is_passive(token) and is_person_like(child_with(token, "dobj")):
        follower = subject_of(token)
        if follower is not None and follower.lemma_.lower() in CAPTORS | WATCHERS:
            return "harassment"  # "officers followed the lawyer for weeks"
    if lemma in ("flee", "escape") and _ordinary_flight(token):
        return None  # "the gunmen fled the scene", "the team fled the stadium"
    if lemma == "seek" and "asylum" in {t.lower_ for t in token.subtree}:
        return "forced_displacement"
    if lemma == "escape" and object_of_preposition(token, "to") is not None:
        return "forced_displacement"  # "escaped to Moscow"; escaping a prison is not flight
    if lemma == "go" and "hiding" in {t.lower_ for t in token.subtree}:
        return "forced_displacement"
    if lemma in CUSTODY_STATES and _in_custody_now(token):
        return "detention"  # "remains in pre-trial detention", "spent two years in prison"
    if lemma in MOVED and _to_unknown_place(token):
        return "enforced_disappearance"  # "taken to an undisclosed location"
    if lemma == "hang" and object_of_preposition(token, "by") is not None:
        limbs = object_of_preposition(token, "by")
        if limbs is not None and limbs.lemma_.lower() in LIMBS:
            return "torture"  # "hung by their wrists"
    if lemma in ("hand", "return", "give") and is_passive(token) and _back_to_family(token):
        return "release"  # "handed back to their families"
    if lemma in ("find", "discover", "recover", "dump", "exhume") and _bodies(token):
        return "killing"  # "the bodies of three men were found"
    if (
        lemma in ("confiscate", "seize", "take", "freeze")
        and not is_passive(token)
        and _belongings(token)
    ):
        return "harassment"  # "confiscated their phones", "took my laptop"
    if lemma in ("confiscate", "seize") and _belongings(token):
        return "harassment"  # "confiscated their phones"
    if lemma in ("monitor", "intercept", "hack", "track", "bug") and _belongings(token):
        return "harassment"  # "monitors their messaging accounts"
    if lemma in ("publish", "post", "leak", "circulate", "reveal", "air", "broadcast") and _exposed(
        token
    ):
        return "harassment"  # "published the names and addresses of 26 people"
    if lemma == "stop" and is_passive(token) and is_person_like(subject_of(token)):
        stopper = by_agent(token)
        if stopper is not None and stopper.lemma_.lower() in CAPTORS:
            return "detention"  # "was stopped by police officers"
    if lemma == "have" and not is_passive(token) and _in_custody_of(token):
        return "detention"  # "police deny having him in custody"
    if lemma == "hold":
        if is_passive(token):
            return "detention" if _held_person(token) else None
        return "detention" if _holds_captive(token) else None
    if lemma == "take" and not is_passive(token) and _took_money_from(token):
        return "extortion"  # "guards took money from the prisoners' families"
    if lemma == "take" and _taken_into_custody(token):
        return "detention"  # "they took me to a police station"
    if lemma == "take" and is_passive(token) and "gunpoint" in {t.lower_ for t in token.subtree}:
        return "enforced_disappearance"  # "taken at gunpoint"
    if lemma == "take" and not is_passive(token) and "away" not in children:
        return None
    if lemma == "take" and not is_passive(token):
        taken = child_with(token, "dobj")
        if "away" in children and taken is not None and taken.lemma_.lower() in PERSON_NOUNS:
            return "detention"
        return None
    if lemma == "take" and _taken_by_unknown_men(token):
        return "enforced_disappearance"  # "taken by unidentified men": an abduction
    if lemma == "take" and by_agent(token) is not None and is_person_like(subject_of(token)):
        return "detention"  # "my brother was taken by men in uniform"
    if lemma == "let" and any(c.lemma_.lower() == "go" for c in token.children):
        return "release"  # "they let me go"
    if lemma == "take":
        words = {t.lower_ for t in token.subtree}
        if "unknown" in words:  # "taken to an unknown location"
            return "enforced_disappearance"
        if "custody" in words or "away" in children:
            return "detention"
        source = object_of_preposition(token, "from")
        if source is not None and source.lemma_.lower() in HOME_WORDS:
            return "detention"
        return None
    if lemma in ("round", "pick", "lock") and "up" in children:
        target = subject_of(token) if is_passive(token) else child_with(token, "dobj")
        return "detention" if lemma == "round" or is_person_like(target) else None
    if lemma == "go" and "missing" in children:
        return "enforced_disappearance"  # "went missing"
    if lemma == "ban" and is_passive(token) and _from_travel(token):
        return "harassment"  # "banned from travelling abroad"
    if lemma == "summon" and _diplomat(token):
        return None  # summoning an ambassador is diplomacy
    if lemma == "out" and child_with(token, "dobj", "nsubjpass") is None:
        return None  # "outed" as someone's sexuality needs a person outed
    if lemma == "gun" and "down" in children:
        return "killing"
    if lemma == "treat" and token.i >= 2 and token.doc[token.i - 2].lower_ == "ill":
        return "torture"  # "ill-treated" is three tokens
    if lemma == "return" and is_passive(token) and children & {"forcibly", "forcefully"}:
        return "forced_displacement"  # "refugees were forcibly returned to Varnia"
    if lemma == "return" and is_passive(token) and _back_to_family(token):
        relatives = object_of_preposition(token, "to")
        if relatives is not None and relatives.lemma_.lower() in ("family", "relative", "parent"):
            return "release"
    if lemma == "tap" and is_passive(token):
        return "harassment"  # "their phones have been tapped"
    if lemma in ("follow", "tail") and is_passive(token) and is_person_like(subject_of(token)):
        follower = by_agent(token)
        vehicle = follower is not None and follower.lemma_.lower() in ("car", "vehicle", "van")
        return "harassment" if is_person_like(follower) or vehicle else None
    if lemma == "leave" and _left_under_threat(token):
        return "forced_displacement"
    if lemma == "hang" and token.lower_ == "hanged":
        return "killing"
    if lemma == "find" and "dead" in {t.lower_ for t in token.subtree}:
        return "killing"  # "was found dead in his cell": reported as a death
    if lemma == "drive" and ("out" in children or object_of_preposition(token, "from") is not None):
        source = object_of_preposition(token, "from")
        if source is None or source.lemma_.lower() in HOME_WORDS | {"village", "town", "country"}:
            return "forced_displacement"
    if lemma == "drag" and children & {"away", "off", "out"}:
        return "detention"  # "dragged my father away"
    if lemma == "drag" and _from_home(token):
        return "detention"  # "soldiers drag men from their homes"
    if lemma == "break" and "into" in children and _into_home(token):
        return "harassment"  # "broke into our house"
    if lemma == "push" and children & {"back", "across"}:
        return "forced_displacement"  # "pushed back across the border"
    if lemma in ("turn", "send") and "back" in children:
        returned = subject_of(token) if is_passive(token) else child_with(token, "dobj")
        if is_person_like(returned) and not _into_custody(token):
            return "forced_displacement"  # "border guards turned back 300 asylum seekers"
    if lemma == "remove" and (children & {"forcibly", "forcefully"} or _from_home(token)):
        return "forced_displacement"  # "forcibly removed residents"
    if lemma == "set" and "free" in children:
        return "release"
    if (
        lemma in ("leave",)
        and token.dep_ == "xcomp"
        and token.head.lemma_.lower() in ("force", "compel", "order", "tell", "instruct")
    ):
        return "forced_displacement"
    if lemma == "leave" and _given_time_to(token):
        return "forced_displacement"  # "residents were given 24 hours to leave"
    if lemma == "see" and is_negated(token) and is_passive(token) and _since(token):
        if is_person_like(subject_of(token)):
            return "enforced_disappearance"  # "has not been seen since he was taken away"
    if lemma == "survive" and is_negated(token) and is_person_like(subject_of(token)):
        endured = child_with(token, "dobj")
        if endured is None or endured.lemma_.lower() in ENDURED:
            return "killing"  # "some did not survive the first week"
    if lemma == "lose" and any(c.lemma_.lower() == "life" for c in token.children):
        lemma = "die"  # "lost their lives in police custody"
    if lemma == "die":
        words = {t.lower_ for t in token.subtree}
        causes = [c for c in token.children if c.dep_ == "advcl"] + [
            g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"
        ]
        if any(VERB_EVENTS.get(c.lemma_.lower()) == "torture" for c in causes):
            return "killing"  # "died after being beaten by police"
        return "killing" if words & LETHAL_CAUSES else None
    following = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    if lemma == "shoot" and ("dead" in children or following == "dead" or is_passive(token)):
        return "killing"
    if lemma == "shoot" and is_person_like(child_with(token, "dobj")):
        wound = object_of_preposition(token, "in")
        if wound is None or wound.lemma_.lower() not in LIMBS | {"leg", "knee", "shoulder"}:
            return "killing"  # "shooting men": reported as killings unless a wound is named
    if lemma == "stab":
        return "killing" if _to_death(token) else "torture"
    if lemma == "storm" and not is_passive(token):
        stormed = child_with(token, "dobj")
        if stormed is not None and stormed.lemma_.lower() in HOME_WORDS | PLACES_SEARCHED:
            return "harassment"  # "police stormed the newspaper's offices"
    if lemma in ("search", "raid"):
        searched = subject_of(token) if is_passive(token) else child_with(token, "dobj")
        if searched is not None and searched.lemma_.lower() in HOME_WORDS | PLACES_SEARCHED:
            return "harassment"
        if lemma == "search" and (is_person_like(searched) or _belonging(searched)):
            return "harassment"  # "searched the men", "searched their phones"
        if lemma == "search" and searched is not None and searched.lower_ == "it":
            if {t.lemma_.lower() for t in token.sent} & HOME_WORDS:
                return "harassment"  # "came to their flat and searched it"
        return "harassment" if lemma == "raid" and is_passive(token) else None
    if lemma == "sentence" and (is_passive(token) or is_person_like(child_with(token, "dobj"))):
        words = {t.lower_ for t in token.subtree}
        if words & CUSTODY_WORDS:
            return "detention"
        words |= {t.lower_ for t in token.sent}  # "sentenced to two years, suspended"
        term = object_of_preposition(token, "to")  # "sentenced to seven years"
        if (
            term is not None
            and term.lemma_.lower() in ("year", "month")
            and not words
            & {
                "suspended",
                "probation",
                "conditional",
            }
        ):
            return "detention"
        return None
    if lemma == "miss" and token.lower_ == "missing" and child_with(token, "dobj") is None:
        return "enforced_disappearance" if subject_of(token) is not None else None
    if lemma in ("pay", "hand") and _paid_or_else(token):
        return "extortion"  # "would be charged unless the family handed over 1,000 euros"
    if lemma == "pay" and _money_for_freedom(token):
        return "extortion"
    if lemma == "sign" and "over" in children and _forced(token):
        return "extortion"  # "forced to sign over property to investigators"
    if lemma == "hand" and "over" in children and _handed_money(token):
        return "extortion"  # "forced to hand over cash"
    if lemma == "release" and not is_passive(token) and child_with(token, "dobj") is None:
        return None  # "the group released a report" has an object; bare "released" is not
    if lemma == "release":
        target = child_with(token, "dobj")
        if target is not None and target.lemma_.lower() in (
            "report",
            "statement",
            "video",
            "film",
            "data",
            "figure",
            "document",
            "album",
        ):
            return None
    return VERB_EVENTS.get(lemma)


def _new_people(quantity: Token) -> bool:
    """ "scores of men detained during the crackdown": the participle tells of people not
    mentioned before; "several of the men held" (with "the") refers back to them."""
    members = object_of_preposition(quantity, "of")
    return (
        quantity.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")
        and members is not None
        and members.lemma_.lower() in PERSON_NOUNS
        and not any(c.dep_ in ("det", "poss") for c in members.children)
    )


def _reduced_passive(verb: Token, subject: Token | None) -> bool:
    """ "registered 1,150 people pushed back": a participle the parser read as a past tense.

    Counted people as the subject of a transitive act with no object are its victims.
    """
    if subject is None or verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() in INTRANSITIVE:
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp") for c in verb.children):
        return False
    counted = any(c.dep_ == "nummod" for c in subject.children)
    return (
        counted
        and subject.lemma_.lower() in PERSON_NOUNS
        and subject.lemma_.lower() not in CAPTORS | {"soldier", "guard", "officer", "official"}
    )


def _said_by_captor(say: Token, act: Token) -> bool:
    """A guard, officer or soldier saying someone would be killed is threatening them;
    anyone else saying it (a witness, a minister) predicts or reports. In a witness's own
    account ("they said they would bury him") "they" are the captors."""
    speaker = subject_of(say)
    if speaker is not None and speaker.pos_ in ("NUM", "PRON", "DET"):
        speaker = object_of_preposition(speaker, "of") or speaker  # "one of the interrogators"
    if speaker is None or _perpetrators(act) or act.lemma_.lower() == "punish":
        return False
    victim = child_with(act, "dobj")
    if speaker.lower_ == "they" and victim is not None and victim.lower_ in PERSONAL_PRONOUNS:
        return victim.lower_ not in ("they", "them")
    return speaker.lemma_.lower() in CAPTORS or speaker.lemma_.lower().endswith("interrogator")


def _ordinary_flight(verb: Token) -> bool:
    """Leaving a scene or a venue, or perpetrators escaping, is not displacement."""
    left = child_with(verb, "dobj")
    fleeing = subject_of(verb)
    return (left is not None and left.lemma_.lower() in VENUES) or (
        fleeing is not None and fleeing.lemma_.lower() in CAPTORS | OFFENDERS
    )


def _serves_prison_term(serve: Token) -> bool:
    """ "is serving a five-year sentence"; "prisoners who have served half their sentence"
    describes whom a rule covers, not someone held."""
    term = child_with(serve, "dobj")
    return (
        term is not None
        and term.lemma_.lower() in ("sentence", "term")
        and serve.dep_ != "relcl"
        and not is_negated(serve)
    )


def _used_on_people(use: Token) -> bool:
    """ "used electric batons on the prisoners": an instrument of pain applied to people."""
    tool = child_with(use, "dobj")
    victim = object_of_preposition(use, "on", "against")
    return (
        tool is not None
        and tool.lemma_.lower() in PAIN_TOOLS
        and is_person_like(victim)
        and not is_negated(use)
    )


def _from_leaving(verb: Token) -> bool:
    """ "barred from leaving the country", "banned from travelling": a travel ban."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "from"
        and any(g.lemma_.lower() in ("leave", "travel") for g in c.children)
        for c in verb.children
    )


def _told_to_pay(pay: Token) -> bool:
    """ "guards told his mother she would have to pay them off": the demand is the extortion."""
    obliged = pay.head
    return obliged.lemma_.lower() == "have" and clause_root(obliged).head.lemma_.lower() in (
        THREAT_VERBS | {"say", "inform"}
    )


def _by_force(verb: Token) -> bool:
    """ "relocated by force", "forcibly moved": a move imposed on people."""
    forced = object_of_preposition(verb, "by")
    return (forced is not None and forced.lower_ == "force") or any(
        c.lower_ in ("forcibly", "forcefully") for c in verb.children
    )


def _in_secret(verb: Token) -> bool:
    """ "held in secret": custody whose place is concealed, not a named secret prison."""
    hidden = object_of_preposition(verb, "in")
    return hidden is not None and hidden.lower_ == "secret"


def _relatives_search(verb: Token) -> bool:
    """Relatives or lawyers who cannot find someone report a disappearance, not a lost item."""
    searcher = subject_of(verb)
    sought = child_with(verb, "dobj")
    relatives = {"family", "relative", "parent", "mother", "father", "wife", "husband", "lawyer"}
    return (
        searcher is not None
        and searcher.lemma_.lower() in relatives | {"we", "they"}
        and is_person_like(sought)
    )


def _in_custody_now(verb: Token) -> bool:
    """ "The lawyer remains in detention", "has been behind bars since May"."""
    if is_negated(verb) or modal_of(verb) not in (None, "past"):
        return False
    for place in objects_of_prepositions(verb, "in", "behind", "into"):
        words = {t.lemma_.lower() for t in place.subtree}
        if words & (CUSTODY_WORDS | {"bar"}) and not words & {"charge", "police"}:
            return is_person_like(subject_of(verb))
    return False


def _to_unknown_place(verb: Token) -> bool:
    """ "taken to an undisclosed location", "moved to an unknown place": fate concealed."""
    place = object_of_preposition(verb, "to", "into")
    if place is None:
        return False
    if place.lemma_.lower() in ("place", "location", "building", "site") and any(
        c.dep_ == "relcl"
        and c.lemma_.lower() in ("know", "recognise", "recognize")
        and is_negated(c)
        for c in place.children
    ):
        return True  # "drove us to a place I did not know"
    return bool({t.lower_ for t in place.subtree} & {"unknown", "undisclosed", "secret"})


def _back_to_family(verb: Token) -> bool:
    if is_passive(verb) and (subject := subject_of(verb)) is not None:
        if subject.lemma_.lower() in ("body", "remains", "corpse"):
            return False  # "the bodies were returned to their families" frees no one
    back = next((c for c in verb.children if c.lower_ in ("back", "over")), None)
    relatives = object_of_preposition(verb, "to") or (
        object_of_preposition(back, "to") if back is not None else None
    )
    return relatives is not None and relatives.lemma_.lower() in (
        "family",
        "relative",
        "parent",
        "mother",
        "father",
        "lawyer",
    )


def _bodies(verb: Token) -> bool:
    """ "the bodies of three men were found": the dead were found, someone was killed."""
    found = subject_of(verb) if is_passive(verb) else child_with(verb, "dobj")
    if found is not None and found.lower_ in ("grave", "graves"):  # "mass graves were found"
        return any(t.lower_ == "mass" for t in found.subtree) or any(
            t.lemma_.lower() in ("body", "corpse") for t in found.subtree
        )
    return found is not None and found.lemma_.lower() in ("body", "corpse", "remains")


def _belongings(verb: Token) -> bool:
    taken = child_with(verb, "dobj") or (subject_of(verb) if is_passive(verb) else None)
    return _belonging(taken)


def _taken_by_unknown_men(take: Token) -> bool:
    """ "taken by unidentified / masked / armed men": captors who hide who they are."""
    taker = by_agent(take) if is_passive(take) else None
    if taker is None or not is_person_like(subject_of(take)):
        return False
    words = {c.lower_ for c in taker.children}
    return taker.lemma_.lower() in ("man", "people", "individual", "gunman") and bool(
        words & {"unidentified", "unknown", "masked", "armed", "hooded", "plainclothes"}
    )


def _told_not_held(hold: Token) -> bool:
    """ "every time they are told that their relatives are not being held": the capture is
    denied to the family, which is how an enforced disappearance is concealed."""
    told = hold.head
    return (
        hold.dep_ == "ccomp"
        and told.lemma_.lower() in ("tell", "inform", "say")
        and is_passive(told)
        and is_person_like(subject_of(hold))
    )


def _price_demanded(demand: Token) -> str | None:
    """ "ransom demands", "bribe demands": the demand is the extortion the compound names."""
    price = next(
        (
            c
            for c in demand.children
            if c.dep_ == "compound" and c.lemma_.lower() in ("ransom", "bribe")
        ),
        None,
    )
    return price.lemma_.lower() if price is not None else None


def _searched_of_person(act: Token) -> bool:
    """ "searches of activists' homes", "the confiscation of their phones": a home, an office or
    a belonging of people, not "the search for survivors"."""
    searched = object_of_preposition(act, "of")
    if searched is None:
        return False
    place = searched.lemma_.lower() in HOME_WORDS | PLACES_SEARCHED | BELONGINGS
    return place or is_person_like(searched)


def _smear(campaign: Token) -> bool:
    """ "ran a smear campaign against the lawyers": defamation by the state or its media."""
    return any(c.dep_ == "compound" and c.lower_ in ("smear", "hate") for c in campaign.children)


def _on_a_list(verb: Token) -> bool:
    """ "placed on a wanted list", "added to a register of extremists": listed as a reprisal."""
    listed = object_of_preposition(verb, "on", "to", "in")
    return listed is not None and listed.lemma_.lower() in LISTS


def _home_from_custody(verb: Token) -> bool:
    """ "returned home after 40 days in custody", "the fishermen held by border guards returned
    home", "were allowed to go home after questioning": going home from custody is a release."""
    if not any(c.lower_ == "home" for c in verb.children):
        return False
    if verb.lemma_.lower() == "go":
        governor = verb.head
        return verb.dep_ == "xcomp" and governor.lemma_.lower() in ("allow", "let", "permit")
    words = {t.lower_ for t in verb.subtree}
    held = subject_of(verb)
    held_words = {t.lemma_.lower() for t in held.subtree} if held is not None else set()
    return bool(words & CUSTODY_WORDS - {"police", "charge"}) or bool(
        held_words & {"hold", "detain", "arrest", "imprison", "jail"}
    )


def _walked_free(walk: Token) -> bool:
    """ "walked free", "walked out of court / prison": released, said of the one freed."""
    if any(c.lower_ == "free" for c in walk.children):
        return True
    place = object_of_preposition(walk, "of")
    if place is None:
        out = next((c for c in walk.children if c.lower_ == "out"), None)
        place = object_of_preposition(out, "of") if out is not None else None
    return place is not None and place.lemma_.lower() in CUSTODY_WORDS | {"court", "courtroom"}


def _forced(verb: Token) -> bool:
    """ "forced to sign", "made to hand over": done under compulsion."""
    governor = verb.head
    return verb.dep_ == "xcomp" and governor.lemma_.lower() in ("force", "compel", "make", "coerce")


def _into_home(verb: Token) -> bool:
    home = object_of_preposition(verb, "into")
    return home is not None and home.lemma_.lower() in HOME_WORDS | PLACES_SEARCHED


def _from_travel(verb: Token) -> bool:
    words = {t.lemma_.lower() for t in verb.subtree}
    return bool(words & {"travel", "leave", "travelling", "traveling"})


def _from_home(verb: Token) -> bool:
    source = object_of_preposition(verb, "from")
    return source is not None and source.lemma_.lower() in HOME_WORDS | {"land", "village"}


def _diplomat(verb: Token) -> bool:
    summoned = subject_of(verb) if is_passive(verb) else child_with(verb, "dobj")
    return summoned is not None and summoned.lemma_.lower() in (
        "ambassador",
        "envoy",
        "diplomat",
        "chargé",
        "representative",
    )


def _belonging(thing: Token | None) -> bool:
    return thing is not None and thing.lemma_.lower() in BELONGINGS


def _exposed(verb: Token) -> bool:
    """Names, addresses or photographs of people made public: outing and doxxing."""
    shown = child_with(verb, "dobj")
    if shown is None or shown.lemma_.lower() not in IDENTIFIERS:
        return False
    owner = object_of_preposition(shown, "of") or child_with(shown, "poss")
    for conjunct in shown.children:
        if owner is None and conjunct.dep_ == "conj":
            owner = object_of_preposition(conjunct, "of")
    return is_person_like(owner)


def _in_custody_of(have: Token) -> bool:
    """ "having him in custody": a person kept in custody by the subject."""
    held = child_with(have, "dobj")
    place = object_of_preposition(have, "in")
    custody = place is not None and place.lemma_.lower() in ("custody", "detention")
    return custody and is_person_like(held) and held is not None


def _holds_captive(verb: Token) -> bool:
    """ "Authorities are holding 40 men in a factory": held by captors, or held in custody."""
    held = child_with(verb, "dobj")
    if not is_person_like(held) or held is None or held.lower_ in ("hands", "hand"):
        return False
    words = {t.lemma_.lower() for t in verb.subtree}
    captor = subject_of(verb)
    if verb.head.lemma_.lower() in DENY_VERBS:
        return True  # "the authorities deny holding him"
    return bool(words & (CUSTODY_WORDS | {"hostage", "captive", "incommunicado"})) or (
        captor is not None and captor.lemma_.lower() in CAPTORS
    )


def _whereabouts_withheld(verb: Token) -> bool:
    """ "refuse to disclose where he is held", "we do not know where they took him"."""
    if not any(c.lower_ == "where" and c.dep_ == "advmod" for c in verb.children):
        return False
    if verb.lemma_.lower() not in ("hold", "keep", "take", "be", "detain", "bring", "imprison"):
        return False
    telling = verb.head
    if verb.dep_ not in ("ccomp", "dobj", "advcl"):
        return False
    if telling.lemma_.lower() in LEARNING:  # "relatives have been unable to learn where …"
        return telling.dep_ == "xcomp" and telling.head.lower_ == "unable"
    if telling.lemma_.lower() not in WITHHELD:
        return False
    refused = telling.dep_ == "xcomp" and telling.head.lemma_.lower() in (
        "refuse",
        "decline",
        "fail",
    )
    return is_negated(telling) or refused


def calls_for_violence(act: Token) -> bool:
    """Whether a requested act is violence against others ("to make life unbearable for")."""
    return _verb_type(act, act.lemma_.lower()) == "incitement"


def _held_person(token: Token) -> bool:
    """ "Held" deprives someone of liberty only when a person is held, or held in custody."""
    words = {t.lower_ for t in token.subtree}
    if words & (CUSTODY_WORDS | {"trial", "overnight", "incommunicado"}):
        return True
    held = subject_of(token)
    return held is not None and held.lower_ not in ("it", "this", "that") and is_person_like(held)


def _given_time_to(leave: Token) -> bool:
    span = leave.head
    return (
        leave.dep_ in ("relcl", "acl", "xcomp", "advcl")
        and span.lemma_.lower() in ("hour", "day", "minute", "week", "give")
        and (span.head.lemma_.lower() == "give" or span.lemma_.lower() == "give")
    )


def _group_told_to_go(token: Token, lemma: str) -> bool:
    """ "said such men should leave the town by May": a call on others to drive a group out."""
    if lemma != "leave" or modal_of(token) not in ("should", "must") or is_negated(token):
        return False
    if token.dep_ != "ccomp" or token.head.lemma_.lower() not in SAYING_VERBS:
        return False  # "told the residents they must leave" orders them out: not incitement
    group = child_with(token, "nsubj")
    if group is None or group.ent_type_ == "PERSON" or group.lower_ in SPEAKERS_THEMSELVES:
        return False
    return group.tag_ in ("NNS", "NNPS") or group.lower_ == "they"


def _left_to_kin(token: Token, lemma: str) -> bool:
    """ "should be dealt with by their own families": a call on relatives to punish a group."""
    if lemma != "deal" or not is_passive(token) or modal_of(token) not in ("should", "must"):
        return False
    dealer = by_agent(token)
    return dealer is not None and dealer.lemma_.lower() in KIN


def _alternative(token: Token) -> bool:
    """ "leave or be shot", "leave or face death": the second choice is a threat."""
    return token.dep_ == "conj" and any(c.lower_ == "or" for c in token.head.children)


def _perpetrators(token: Token) -> bool:
    punished = subject_of(token) if is_passive(token) else child_with(token, "dobj")
    if punished is None:
        return False
    words = {t.lemma_.lower() for t in punished.subtree}
    return bool(words & {"perpetrator", "responsible", "culprit", "killer", "torturer"})


def _call_type(token: Token) -> str | None:
    """Incitement when a call or wish governs an act of elimination; a threat when told."""
    governor = token.head if token.dep_ in ("ccomp", "xcomp", "advcl", "conj") else None
    while governor is not None and governor.dep_ == "conj":
        governor = governor.head
    lemma = governor.lemma_.lower() if governor is not None else ""
    if lemma in THREAT_VERBS and child_with(governor, "dobj", "dative") is not None:
        return "death_threat"
    if lemma in CALL_VERBS or modal_of(token) in ("should", "must"):
        victim = subject_of(token) if is_passive(token) else None
        if victim is not None and (victim.ent_type_ == "PERSON" or victim.lower_ in SINGLE):
            return "death_threat"  # "said he should be killed": one person is threatened
        return "incitement"
    return None


def _verb_event(token: Token, lemma: str) -> Detection | None:
    """An act the verb names; one that is denied or negated keeps its victim and is negated.

    A denial that names an act and its victims ("denied holding him", "no one was beaten")
    is recorded as the negated act, so later stages can weigh it against reports of it.
    """
    detection = _act_of_verb(token, lemma)
    if detection is None or not (is_negated(token) or under_denial(token)):
        return detection
    searched = lemma in SEARCHING and detection.type == "enforced_disappearance"
    concealed = lemma == "hold" and detection.type == "enforced_disappearance"
    if lemma in ("survive", "see", "hear") or searched or concealed:
        return detection  # not surviving is the death; not being seen is the disappearance
    if detection.called or lemma == "threaten" or detection.target is None:
        return None
    detection.negated = True
    detection.denier = denier_of(token)
    return detection


def _act_of_verb(token: Token, lemma: str) -> Detection | None:
    if token.tag_ == "VBN" and token.i > 0 and token.doc[token.i - 1].lower_ == "the":
        return None  # "families of the disappeared" names people, not an act
    etype = _verb_type(token, lemma)
    listed = _list_head(token) if etype is not None else None
    if listed is not None:  # "detained, tortured and disappeared scores of critics"
        first, victims = listed
        if is_negated(first) or modal_of(first) not in (None, "past") or is_conditional(first):
            return None
        return Detection(
            "event", etype, token, agent=subject_of(first), target=victims, confidence=0.75
        )
    if etype is None or token.dep_ == "amod":  # "detained activists" names people, not an act
        return None
    if token.dep_ == "acl" and token.head.lower_ in GROUP_WORDS and not _new_people(token.head):
        return None  # "those held", "all those detained" refer back to people already counted
    if (
        token.dep_ != "relcl"
        and lemma in ("hold", "keep", "detain", "imprison")
        and any(c.lower_ == "where" and c.dep_ == "advmod" for c in token.children)
    ):
        return None  # "find out where her son was held" presupposes a detention told elsewhere
    content = any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)
    if (
        token.dep_ == "acl"
        and not content  # "investigate reports that three detainees had died" reports it
        and any(g.lemma_.lower() in INTENT_VERBS for g in _governors(token))
    ):
        return None  # "urged them to release all those detained": who is to be freed
    if lemma == "threaten":  # a threat made on a condition is still a threat
        if modal_of(token) not in (None, "past"):
            return None
        return _threat(token, etype)
    called = etype == "incitement" or (
        etype == "death_threat" and lemma in ELIMINATE | KILL | VIOLENT_CALLS
    )
    if called and (is_negated(token) or under_denial(token)):
        return None
    if is_conditional(token) and not called and not _paid_or_else(token):
        return None  # a threat or a call made on a condition is still made
    modal = modal_of(token)
    hedged = modal == "past" or _accused(token)
    if called:
        return _call_event(token, etype)
    searched = etype == "enforced_disappearance" and lemma in SEARCHING
    if modal is not None and modal != "past" and not _habitual(token, modal) and not searched:
        return None
    if (
        token.dep_ in ("xcomp", "advcl")
        and modal_of(token.head) not in (None, "past")
        and not (etype == "extortion" and (_told_to_pay(token) or _paid_or_else(token)))
    ):
        return None  # "could be used to arrest protesters": a possibility
    ordered_out = lemma == "leave" and token.head.lemma_.lower() in ORDERING_VERBS
    sent_home = lemma == "go" and etype == "release"  # "were allowed to go home"
    if intent_governor(token) is not None and not ordered_out and not sent_home:
        return None  # but "ordered them to leave" is itself forced displacement
    if sent_home:
        return Detection("event", etype, token, target=subject_of(token.head), confidence=0.75)
    if lemma in ("flee", "leave") and token.dep_ == "xcomp":
        governor = token.head
        agent = by_agent(governor) if is_passive(governor) else child_with(governor, "nsubj")
        target = subject_of(token)
        if not is_passive(governor) and child_with(governor, "dobj") is not None:
            target = child_with(governor, "dobj")
        return Detection(
            "event", etype, token, agent=agent, target=target, hedged=hedged, confidence=0.85
        )
    if lemma == "let":  # "they let me go"
        freed = next((c for c in token.children if c.lemma_.lower() == "go"), None)
        target = child_with(freed, "nsubj") if freed is not None else None
        if is_passive(token):  # "the students were let go"
            return Detection("event", etype, token, agent=by_agent(token), target=subject_of(token))
        return Detection("event", etype, token, agent=subject_of(token), target=target)
    if lemma == "extort" or (lemma == "take" and etype == "extortion"):
        # "extorted money from the prisoners' relatives", "took money from prisoners"
        victim = object_of_preposition(token, "from")
        return Detection(
            "event", etype, token, agent=subject_of(token), target=victim, confidence=0.85
        )
    if lemma in ("pay", "hand", "sign"):  # the payer is the victim, the payee the extorter
        paid = child_with(token, "dobj")
        if not _payee(paid):
            paid = None  # "paid 2,000 euros": the money, not the payee
        payee = object_of_preposition(token, "to") or paid
        if payee is None and token.dep_ == "xcomp":
            governor = token.head  # "officers told her to pay", "forced by police to pay"
            payee = by_agent(governor) if is_passive(governor) else subject_of(governor)
        if payee is None and _paid_or_else(token):
            price = clause_root(token.head)  # "officers told him he would be freed if he paid"
            if price.dep_ == "ccomp" and price.head.lemma_.lower() in THREAT_VERBS | {"say"}:
                payee = subject_of(price.head)
        return Detection(
            "event", etype, token, agent=payee, target=subject_of(token), confidence=0.8
        )
    if lemma == "leave" and _given_time_to(token):
        give = token.head if token.head.lemma_.lower() == "give" else token.head.head
        target = subject_of(give) if is_passive(give) else child_with(give, "dative", "dobj")
        return Detection(
            "event",
            etype,
            token,
            agent=by_agent(give) or by_agent(token),
            target=target,
            confidence=0.8,
        )
    if lemma == "see" and child_with(token, "dobj") is not None:
        taker = clause_root(token) if token.dep_ == "conj" else None
        return Detection(  # "they took my husband and we never saw him again"
            "event",
            etype,
            token,
            agent=subject_of(taker) if taker is not None else None,
            target=child_with(token, "dobj"),
        )
    if lemma == "serve" and etype == "detention":  # the one serving the sentence is held
        return Detection("event", etype, token, target=subject_of(token), confidence=0.75)
    if lemma == "use" and etype == "torture":  # "used batons on the prisoners"
        victim = object_of_preposition(token, "on", "against")
        return Detection("event", etype, token, agent=subject_of(token), target=victim)
    if searched:  # relatives who cannot find someone are not the perpetrators
        target = child_with(token, "dobj")
        return Detection("event", etype, token, target=target, confidence=0.75)
    came_home = lemma == "return" and etype == "release"  # "returned home after …"
    if lemma in INTRANSITIVE | CUSTODY_STATES or lemma in ("leave", "lose", "walk") or came_home:
        return Detection(
            "event", etype, token, target=subject_of(token), hedged=hedged, confidence=0.75
        )
    if is_passive(token):
        agent = by_agent(token)
        if agent is not None and agent.lemma_.lower() in MEANS:
            agent = None  # "he was threatened by phone"
        target = _noun_before_being(clause_root(token)) or subject_of(token)
    else:
        agent = subject_of(token)
        target = (
            child_with(token, "dobj")
            or child_with(clause_root(token), "dobj")
            or _shared_object(token)
        )
        if target is None and _reduced_passive(token, agent):
            agent, target = None, agent  # "1,150 people pushed back across the border"
    if lemma in ("find", "discover", "recover", "exhume"):
        agent = None  # who found the dead did not kill them
    seized_things = etype == "harassment" and _belonging(target)  # "seized their laptops"
    owner = child_with(target, "poss") if seized_things and target is not None else None
    if owner is not None and owner.lower_ not in PERSONAL_PRONOUNS and is_person_like(owner):
        target = owner  # "seized the family's computers" harasses the family
    if lemma in NEEDS_PERSON and not is_person_like(target) and not seized_things:
        return None  # "released its earnings", "beating expectations", "the film was released"
    if agent is not None and agent.lemma_.lower() in NATURAL_CAUSES:
        return None  # a storm or a virus is not a perpetrator
    if lemma in ("hit", "batter") and agent is not None and not _payee(agent):
        return None  # "the tax hit poor families": only people hit people
    if etype == "torture" and _to_death(token):
        etype = "killing"
    confidence = 0.6 + 0.15 * (agent is not None) + 0.15 * (target is not None)
    return Detection(
        "event", etype, token, agent=agent, target=target, hedged=hedged, confidence=confidence
    )


def _listed(verb: Token, item: Token) -> bool:
    """ "abducted, tortured …": a verb after a comma, with no subject or conjunction of its own,
    that the parser hung on the first verb of a list."""
    doc = item.doc
    return (
        item.head == verb
        and verb.i < item.i
        and doc[item.i - 1].text == ","
        and item.tag_ in ("VBD", "VBN")
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in item.children
        )
    )


def _list_head(token: Token) -> tuple[Token, Token | None] | None:
    """The first verb of a list of acts the parser misread, and the list's shared object.

    "have detained, tortured and disappeared scores of critics" is parsed with "tortured" as
    an adjective of "scores"; "abducted, tortured and killed three journalists" with
    "tortured" as an adverbial clause. Either way every verb of the list has the first
    verb's subject and the last verb's object.
    """
    item = token.head if token.dep_ == "conj" and token.head.tag_ in ("VBD", "VBN") else token
    if item.dep_ == "amod" and item.tag_ in ("VBN", "VBD") and item.i > 1:
        victims = item.head
        first = victims.head
        if (
            victims.dep_ == "dobj"
            and first.i == item.i - 2
            and item.doc[item.i - 1].text == ","
            and first.pos_ == "VERB"
            and VERB_EVENTS.get(first.lemma_.lower()) is not None
        ):
            return first, victims
        return None
    if item.dep_ == "advcl" and _listed(item.head, item):
        first = item.head
        victims = child_with(item, "dobj") or _shared_object(item)
        if VERB_EVENTS.get(first.lemma_.lower()) is not None:
            return first, victims
    return None


def _shared_object(verb: Token) -> Token | None:
    """ "kicked and punched the prisoners": the object of the last verb is everyone's."""
    for conjunct in verb.children:
        if conjunct.dep_ == "advcl" and _listed(verb, conjunct):
            obj = child_with(conjunct, "dobj") or _shared_object(conjunct)
            if obj is not None:
                return obj  # "abducted, tortured and killed three journalists"
        if conjunct.dep_ == "conj" and conjunct.pos_ == "VERB":
            act = child_with(conjunct, "xcomp")  # "beat and threatened to kill a student"
            obj = child_with(conjunct, "dobj") or (child_with(act, "dobj") if act else None)
            if obj is not None:
                return obj
            deeper = _shared_object(conjunct)  # "detained, beat and threatened …"
            if deeper is not None:
                return deeper
    return None


def _conditional_warning(warn: Token) -> Detection | None:
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
    if harm is None or modal_of(harm) not in ("would", "will", "'ll"):
        return None
    if harm.lemma_.lower() in KILL or not is_person_like(subject_of(harm)):
        return None
    if not any(
        c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children)
        for c in harm.children
    ):
        return None
    words = {t.lemma_.lower() for t in harm.subtree}
    etype = "harassment" if words & COERCION else "death_threat"
    target = child_with(warn, "dobj", "dative") or child_with(clause_root(warn), "dobj")
    return Detection(
        "event",
        etype,
        warn,
        agent=subject_of(warn),
        target=target or subject_of(harm),
        confidence=0.7,
    )


def _never_leave_alive(leave: Token) -> Detection | None:
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


def _threatening(message: Token) -> Detection | None:
    verb = message.head
    if verb.lemma_.lower() not in ("receive", "get", "send", "make") or is_negated(verb):
        return None
    if verb.lemma_.lower() in ("send", "make"):
        agent, target = subject_of(verb), object_of_preposition(verb, "to")
    else:
        agent, target = object_of_preposition(message, "from"), subject_of(verb)
    return Detection("event", "death_threat", message, agent=agent, target=target, confidence=0.7)


def _into_custody(verb: Token) -> bool:
    place = object_of_preposition(verb, "in", "into", "to", "inside")
    if place is None:  # "kept in overcrowded cells" with "in" read as a particle
        particle = next((c for c in verb.children if c.dep_ == "prt" and c.lower_ == "in"), None)
        objects = [c for c in particle.children if c.dep_ == "pobj"] if particle else []
        place = objects[-1] if objects else None
    if place is None:
        return verb.lemma_.lower() == "remand"
    words = {t.lemma_.lower() for t in place.subtree}
    return bool(words & (CUSTODY_WORDS | {"station", "colony", "basement", "custody"}))


def _taken_into_custody(take: Token) -> bool:
    destination = object_of_preposition(take, "to", "into")
    if destination is None:
        return False
    words = {t.lemma_.lower() for t in destination.subtree}
    return bool(words & (CUSTODY_WORDS | {"station", "base", "headquarters", "precinct"}))


def _left_under_threat(leave: Token) -> bool:
    """ "left the country after receiving threats": flight, not a trip."""
    place = child_with(leave, "dobj")
    if place is None:
        return False
    if place.ent_type_ == "GPE" and not is_negated(leave):  # "I left Varnia because the police …"
        reasons = [c for c in leave.children if c.dep_ == "advcl"]
        words = {t.lemma_.lower() for r in reasons for t in r.subtree}
        return bool(words & (CAPTORS | {"threat", "fear", "persecution", "threaten", "danger"}))
    if place.lemma_.lower() not in ("country", "home", "village", "city", "region"):
        return False
    words = {t.lemma_.lower() for t in leave.sent}
    return bool(words & {"threat", "fear", "persecution", "threaten", "harassment", "danger"})


def _accused(token: Token) -> bool:
    """ "Security services have been accused of abducting …": an allegation, hedged."""
    head = token.head
    return token.dep_ == "pcomp" and head.dep_ == "prep" and head.head.lemma_.lower() == "accuse"


def _to_death(token: Token) -> bool:
    """ "beaten to death", "tortured to death": a killing."""
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
        for c in token.children
    )


def is_person_like(token: Token | None) -> bool:
    """A person or people: a name, a personal pronoun, a person noun, or a counted group."""
    if token is None:
        return False
    if token.ent_type_ in ("PERSON", "NORP") or token.lower_ in PERSONAL_PRONOUNS | GROUP_WORDS:
        return True
    if token.lemma_.lower() in PERSON_NOUNS:
        return True
    if token.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lemma_.lower() in PERSON_NOUNS for c in token.children
    ):
        return True  # "blogger Sami Orlov": the title says it is a person whatever NER thinks
    if token.pos_ == "NUM" and token.dep_ in ("nsubj", "nsubjpass"):
        return True  # "12 were released": the people counted before
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
    return any(c.dep_ == "nummod" for c in token.children) and token.tag_ in ("NNS", "NNPS")


def _named_thing(token: Token) -> bool:
    """A capitalised name of a team, firm or product ("Dorvi United", "Solvar FC")."""
    words = {t.lower_ for t in token.subtree} | {t.lower_ for t in token.lefts}
    return bool(words & {"united", "fc", "city", "club", "inc", "ltd", "rovers", "athletic"})


def _threat(token: Token, etype: str) -> Detection:
    """Threats: "guards threatened to kill his family" threatens the family."""
    target = child_with(token, "dobj")
    act = child_with(token, "xcomp")
    if target is None and act is not None:
        target = child_with(act, "dobj")
    agent = by_agent(token) if is_passive(token) else subject_of(token)
    if is_passive(token):
        target = subject_of(token)
    return Detection("event", etype, token, agent=agent, target=target, confidence=0.85)


def _since(verb: Token) -> bool:
    return any(c.lower_ == "since" for c in verb.subtree)


def _handed_money(hand: Token) -> bool:
    over = next((c for c in hand.children if c.lower_ == "over"), None)
    money = child_with(hand, "dobj") or (child_with(over, "pobj") if over is not None else None)
    forced = hand.dep_ == "xcomp" and hand.head.lemma_.lower() in ("force", "make", "compel")
    paid = money is not None and money.lemma_.lower() in MONEY
    return paid and (forced or _paid_for_freedom(hand))


def _paid_or_else(payment: Token) -> bool:
    """ "would be charged unless the family handed over 1,000 euros", "would be freed if he
    paid 500 euros": a price set on freedom or on sparing someone is the extortion itself."""
    if payment.lemma_.lower() not in ("pay", "hand"):
        return False
    mark = next((c.lower_ for c in payment.children if c.dep_ == "mark"), None)
    over = next((c for c in payment.children if c.lower_ == "over"), None)
    money = child_with(payment, "dobj") or (child_with(over, "pobj") if over is not None else None)
    if money is None or money.lemma_.lower() not in MONEY:
        return False
    if mark == "unless":
        return True
    return mark == "if" and payment.head.lemma_.lower() in FREED


def _paid_for_freedom(payment: Token) -> bool:
    """ "were released only after their relatives paid": the release was bought."""
    freed = payment.head
    if payment.dep_ == "pcomp" and freed.lower_ in ("after", "upon", "on"):
        freed = freed.head  # "was released after paying 300 euros"
    elif payment.dep_ != "advcl":
        return False
    if freed.lemma_.lower() == "go" and freed.head.lemma_.lower() == "let":
        freed = freed.head  # "let him go after his family paid"
    return freed.lemma_.lower() in FREED


def _took_money_from(take: Token) -> bool:
    """ "guards took money from prisoners": money taken from people by those holding them."""
    money = child_with(take, "dobj")
    return (
        money is not None
        and money.lemma_.lower() in MONEY
        and is_person_like(object_of_preposition(take, "from"))
    )


def _payee(paid: Token | None) -> bool:
    """Who is paid: a person or a force ("paid the police"), not a sum ("paid 2,000 euros")."""
    if paid is None:
        return False
    return (
        paid.lemma_.lower() in PERSON_NOUNS | CAPTORS
        or paid.lower_ in PERSONAL_PRONOUNS
        or paid.ent_type_ == "PERSON"
    )


def _money_for_freedom(pay: Token) -> bool:
    """ "forced to pay 2,000 euros to secure their release": paying for freedom is extortion."""
    paid = child_with(pay, "dobj")
    if paid is not None and paid.lemma_.lower() in ("bribe", "ransom"):  # the noun is the trigger
        return False
    if _paid_for_freedom(pay):
        return True  # "they let him go after his family paid"
    bought = object_of_preposition(pay, "for")
    if bought is not None and bought.lemma_.lower() in ("release", "freedom"):
        freed = object_of_preposition(bought, "of") or child_with(bought, "poss")
        return freed is None or is_person_like(freed)  # "pay for the release of their sons"
    words = {t.lemma_.lower() for t in pay.subtree}
    forced = pay.dep_ == "xcomp" and pay.head.lemma_.lower() in (
        "force",
        "make",
        "demand",
        "compel",
        "tell",
        "order",
        "ask",
        "require",
        "instruct",
    )
    payee = object_of_preposition(pay, "to")
    if _payee(paid) or (payee is not None and payee.lemma_.lower() in CAPTORS):
        context = {t.lemma_.lower() for t in pay.sent}  # "paid 2,000 dollars to an officer"
        return bool(context & {"release", "free", "freedom", "let", "body", "bail"}) or forced
    if paid is None and not forced:
        return False
    return bool(words & {"release", "freedom", "body", "free", "let"}) or forced


def _demanded_by_captors(demand: Token) -> bool:
    """Money demanded by police, guards or officials is a bribe asked for, whatever its pretext."""
    demander = subject_of(demand)
    return demander is not None and demander.lemma_.lower() in CAPTORS


def _buys_freedom(verb: Token) -> bool:
    """ "asked for money to free him": the demand names the freedom the money buys."""
    return bool({t.lemma_.lower() for t in verb.subtree} & {"release", "freedom", "free", "let"})


def _for_release(token: Token) -> bool:
    """ "payment … for his release / for protection": money demanded for freedom or safety."""
    words = {t.lemma_.lower() for t in token.head.subtree}
    return bool(words & {"release", "freedom", "protection", "silence", "return", "free", "let"})


def _called_for(act: Token, head: Token, victim: Token | None) -> Detection | None:
    """ "called for the elimination of …": incitement by whoever calls."""
    verb = head.head if head.dep_ == "prep" else head
    if head.dep_ == "prep" and head.lower_ != "for":
        return None
    if verb.lemma_.lower() not in CALL_VERBS or is_negated(verb):
        return None
    return Detection(
        "event",
        "incitement",
        act,
        agent=subject_of(verb),
        target=victim,
        nominal=True,
        confidence=0.75,
    )


def _paid_by(money: Token, verb: Token) -> Token | None:
    """Who money is demanded from: "demanded money from the families" (either attachment)."""
    return object_of_preposition(money, "from") or object_of_preposition(verb, "from")


def _no_record(act: Token) -> bool:
    record = act.head.head if act.head.dep_ == "prep" else None
    return (
        record is not None
        and record.lemma_.lower() in ("record", "trace", "information")
        and any(c.lower_ == "no" for c in record.children)
    )


def _in_exchange(money: Token) -> bool:
    """ "in exchange for money": a favour sold by whoever offers it."""
    prep = money.head
    return prep.lower_ == "for" and prep.head.lower_ in ("exchange", "return")


def _victims_held(death: Token) -> bool:
    """ "the deaths of detainees": people in custody died."""
    victim = object_of_preposition(death, "of")
    return victim is not None and victim.lemma_.lower() in (
        "detainee",
        "prisoner",
        "inmate",
        "captive",
        "hostage",
    )


def _in_custody(death: Token) -> bool:
    following = death.doc[death.i + 1 : death.i + 3]  # "the death in custody of …" misattached
    words = {t.lower_ for t in death.subtree} | {t.lower_ for t in following}
    return bool(words & {"custody", "detention", "prison", "jail", "cell"})


def _happened(act: Token) -> bool:
    """A named act said to take place, or counted: "40 arrests", "the killings continued"."""
    if any(c.dep_ == "nummod" for c in act.children):
        return True
    if act.dep_ == "nsubj" and act.head.lemma_.lower() == "be":  # "torture is widespread"
        return any(c.lower_ in PREVALENT for c in act.head.children)
    return act.dep_ in ("nsubj", "nsubjpass") and act.head.lemma_.lower() in OCCURRED


def _habitual(verb: Token, modal: str) -> bool:
    """Testimony's habitual past: "they would beat us every night" (no "if", nobody reporting)."""
    if modal != "would":
        return False
    root = clause_root(verb)
    if root.dep_ != "ROOT":
        return False
    return not any(t.lower_ in ("if", "unless") for t in verb.sent)


def _unknown(whereabouts: Token) -> bool:
    """ "his whereabouts remain unknown": concealment of someone's fate."""
    verb = whereabouts.head
    if any(c.lower_ in ("unknown", "unclear") for c in verb.children):
        return True
    if whereabouts.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lemma_.lower() in WITHHELD:
        return is_negated(verb.head)  # "his family has not been informed of his whereabouts"
    # "refused to reveal his whereabouts", "have not disclosed her fate": kept hidden
    if whereabouts.dep_ != "dobj" or verb.lemma_.lower() not in WITHHELD:
        return False
    refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("refuse", "decline", "fail")
    return is_negated(verb) or refused


def _noun_before_being(verb: Token) -> Token | None:
    """ "accounts of men being taken": the noun right before "being" is who underwent it."""
    if verb.i < 2 or child_with(verb, "nsubjpass") is not None:
        return None
    before = verb.doc[verb.i - 1]
    noun = verb.doc[verb.i - 2]
    if before.lower_ == "being" and noun.pos_ in ("NOUN", "PROPN"):
        return noun
    return None


def _displaced_of(act: Token) -> Token | None:
    """ "the death in custody of a lawyer", "the execution on Tuesday of three men": the parser
    hangs the "of" phrase on the phrase between; read the words as they stand instead."""
    doc, i = act.doc, act.i + 1
    if i >= len(doc) or doc[i].pos_ != "ADP" or doc[i].lower_ == "of":
        return None
    i += 1
    while (
        i < len(doc)
        and doc[i].pos_ in ("DET", "NUM", "ADJ")
        or (i < len(doc) and doc[i].dep_ == "compound")
    ):
        i += 1
    if i + 1 >= len(doc) or doc[i].pos_ not in ("NOUN", "PROPN") or doc[i + 1].lower_ != "of":
        return None
    if doc[i].lower_ not in CUSTODY_WORDS and doc[i].ent_type_ not in ("DATE", "TIME"):
        return None  # "the massacre in the village of Selm": Selm is a place, not the victims
    victims = [c for c in doc[i + 1].children if c.dep_ == "pobj"]
    return victims[-1] if victims and is_person_like(victims[-1]) else None


def _call_event(token: Token, etype: str) -> Detection:
    """Incitement or threat: the caller is the governing verb's subject, the target the act's."""
    governor = token.head
    while governor.dep_ == "conj":
        governor = governor.head
    if token.dep_ == "conj" and not _alternative(token):
        governor = clause_root(token).head  # "told her she would be raped and killed"
    if governor.pos_ in ("NOUN", "PROPN", "PRON") and token.dep_ == "relcl":
        governor = governor.head  # "warned the prisoners they would be shot"
    if _alternative(token) and governor.dep_ == "xcomp":
        governor = governor.head  # "told them to leave or be shot": the teller threatens
    caller = subject_of(governor) if governor != token else None
    if is_passive(token):
        target = subject_of(token)
        if target is not None and target == caller:
            target = None
    elif token.lemma_.lower() == "leave":
        target = child_with(token, "nsubj")  # "such men should leave Osk": the men, not Osk
    else:
        target = child_with(token, "dobj")
    if etype == "incitement" and caller is None:
        caller = subject_of(token) if not is_passive(token) else None
    return Detection(
        "event", etype, token, agent=caller, target=target, confidence=0.8, called=True
    )


def _noun_event(token: Token, lemma: str) -> Detection | None:
    if token.dep_ == "compound":
        return None
    modifiers = {c.lower_ for c in token.children}
    if modifiers & {"press", "no", "without"} or any(c.dep_ == "neg" for c in token.children):
        return None
    etype = NOUN_EVENTS[lemma]
    if lemma == "threat" and not modifiers & {"death", "murder"}:
        words = {t.lemma_.lower() for t in token.subtree}
        threatened = token.head.lemma_.lower() in ("receive", "face", "get", "report")
        if not words & {"kill", "death", "murder", "violence"} and not threatened:
            return None
    if lemma == "shock" and "electric" not in modifiers:
        return None
    if lemma == "violence" and "sexual" not in modifiers:
        return None  # sexual violence is torture; "violence" alone is too vague to type
    if lemma == "ban" and "travel" not in modifiers:
        return None
    if lemma in ("search", "confiscation") and not _searched_of_person(token):
        return None  # "the search for survivors", "a search of the area"
    if lemma == "sentencing" and not {t.lower_ for t in token.sent} & CUSTODY_WORDS:
        return None  # a prison sentence deprives of liberty; a fine does not
    if lemma == "return" and not modifiers & {"forced", "forcible"}:
        return None  # a return is only an abuse when forced
    if etype == "detention" and _no_record(token):
        etype = "enforced_disappearance"  # "they have no record of his arrest"
    if lemma == "death" and token.head.lemma_.lower() == "face" and _alternative(token.head):
        teller = token.head.head.head if token.head.head.dep_ == "xcomp" else token.head.head
        return Detection(
            "event",
            "death_threat",
            token,
            agent=subject_of(teller),
            target=child_with(teller, "dobj", "dative"),
            confidence=0.75,
        )
    if lemma == "death" and not (_in_custody(token) or _victims_held(token)):
        return None  # only a death in custody is an act; other deaths need a killer
    if lemma == "abuse" and object_of_preposition(token, "of", "against") is None:
        if "sexual" not in modifiers or token.head.lemma_.lower() not in EXPERIENCE:
            return None  # "described sexual abuse by guards" is the act; "drug abuse" is not
    if lemma == "release" and token.head.lemma_.lower() in RELEASE_SOUGHT:
        return None
    if token.head.lower_ in BACKGROUND and token.dep_ == "pobj":
        return None  # "since their arrest", "after his release": an act already told
    if token.dep_ == "nsubj" and token.head.lemma_.lower() == "come":
        return None  # "Tarn's release came a day after …" dates a known act
    victim = object_of_preposition(token, "of", "against") or _displaced_of(token)
    if victim is None:
        victim = child_with(token, "poss")
        if victim is not None and victim.ent_type_ in ("DATE", "TIME"):
            victim = None  # "last week's massacre" is dated, not owned
    if victim is None and token.dep_ == "conj":  # "the imprisonment and torture of gay men"
        victim = object_of_preposition(token.head, "of", "against")
    if victim is None and lemma == "smear":  # "a smear campaign branding the lawyers agents"
        victim = object_of_preposition(token, "against", "on") or next(
            (t for c in token.children if c.dep_ == "acl" for t in c.subtree if is_person_like(t)),
            None,
        )
    if victim is None and lemma == "ban":  # "imposed a travel ban on the journalist"
        victim = object_of_preposition(token, "on") or object_of_preposition(token.head, "on")
    agent = object_of_preposition(token, "by", "from")
    owner = child_with(victim, "poss") if victim is not None else None
    if lemma in ("search", "confiscation") and owner is not None and is_person_like(owner):
        victim = owner  # "searches of activists' homes" are aimed at the activists
    if agent is None and lemma == "ban" and token.head.lemma_.lower() in IMPOSING:
        imposed = token.head
        agent = by_agent(imposed) if is_passive(imposed) else subject_of(imposed)
    if agent is None and token.dep_ == "dobj" and not is_passive(token.head):
        agent = object_of_preposition(token.head, "by")  # "described abuse by guards"
    if agent is not None and agent.lemma_.lower() in MEANS:
        agent = None  # "received ransom demands by phone": the means, not the one demanding
    head = token.head
    while head.dep_ == "conj" and head.pos_ == token.pos_:
        head = head.head
    if head.dep_ == "prep" and head.lower_ not in NOUN_PREPOSITIONS:  # "subjected to torture"
        head = head.head
    if head.lemma_.lower() in AMOUNT_NOUNS and head.head != head:
        head = head.head  # "received a series of death threats": the series is the threats
    if lemma in PAYMENT_NOUNS and head.lemma_.lower() in MONEY_WRAPPERS and head.head != head:
        head = head.head  # "asked her for a gift of 1,000 euros": the gift is the money
        if head.dep_ == "prep":
            head = head.head
    head_lemma = head.lemma_.lower()
    if head_lemma in ("halt", "end", "stop", "cease") and intent_governor(head) is not None:
        return None  # "urged Marovia to halt the deportation of …": what is asked for
    governed = head_lemma in EXPERIENCE or head.lower_ in NOUN_PREPOSITIONS
    if head_lemma in ("mark", "sign", "trace", "bruise", "scar", "evidence") and lemma in (
        "beating",
        "torture",
        "ill-treatment",
    ):
        bearer = head.head  # "the body bore marks of beating"
        victim = victim or (subject_of(bearer) if bearer.pos_ in ("VERB", "AUX") else None)
        governed = True
    if lemma in ("elimination", "extermination"):
        return _called_for(token, head, victim)
    if lemma in PAYMENT_NOUNS and _in_exchange(token):
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        return Detection("event", "extortion", token, agent=subject_of(verb), confidence=0.7)
    asked = child_with(head, "dative", "dobj") if head_lemma == "ask" else None  # "asked her for"
    if lemma in PAYMENT_NOUNS and not (
        head_lemma in PAYMENT_DEMANDS
        and (
            _for_release(token)
            or _buys_freedom(head)  # "asked for money to free him"
            or is_person_like(_paid_by(token, head) or asked)
            or _demanded_by_captors(head)  # "police officers demanded 1,000 euros"
        )
    ):
        return None
    if lemma in PAYMENT_NOUNS:
        agent = subject_of(head)
        victim = _paid_by(token, head) or child_with(head, "dative") or asked
    elif lemma in ("bribe", "ransom") and head_lemma in PAYMENT_DEMANDS:
        agent = subject_of(head)  # "guards demanded bribes from the families"
        victim = _paid_by(token, head) or child_with(head, "dative")
    elif lemma == "bribe" and head_lemma == "pay":
        agent = object_of_preposition(head, "to") or agent
        victim = victim or subject_of(head)
    elif (
        victim is None
        and not governed
        and not _happened(token)
        and lemma not in ("bribe", "ransom")
        and not (agent is not None and agent.lemma_.lower() in CAPTORS | {"soldier", "guard"})
    ):
        return None  # but "beatings by guards" names the perpetrators
    if is_conditional(token):
        return None
    denied = under_denial(token)
    if denied and victim is None:
        return None
    if agent is None and head_lemma in (
        "carry",
        "conduct",
        "commit",
        "perpetrate",
        "make",
        "issue",
    ):
        agent = by_agent(head) if is_passive(head) else subject_of(head)  # "carried out arrests"
    if head.lower_ == "under" and head.head.lemma_.lower() in ("put", "place", "keep"):
        placer = head.head  # "put the journalist under surveillance"
        if not is_passive(placer):
            victim, agent = child_with(placer, "dobj"), subject_of(placer)
    if victim is None and head_lemma == "give" and not is_passive(head):
        victim = child_with(head, "dative")  # "gave them electric shocks"
        agent = agent or subject_of(head)
    if victim is None and head_lemma == "subject":  # "subjected them to electric shocks"
        victim = subject_of(head) if is_passive(head) else child_with(head, "dobj")
        if agent is None and not is_passive(head):
            agent = subject_of(head)
    if victim is None and governed:
        verb = head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        if head_lemma not in (
            "condemn",
            "denounce",
            "decry",
            "deplore",
            "document",
            "report",
            "describe",
            "investigate",
            "criticise",
            "criticize",
            "demand",
            "stop",
            "end",
            "halt",
            "conduct",
            "carry",
        ):
            victim = subject_of(verb)  # "suffered torture", not "stopped the detentions"
    if (
        victim is None
        and agent is None
        and lemma not in ("bribe", "ransom")
        and not _happened(token)
    ):
        return None  # "reports of torture in prisons": no one named, nothing to record
    if governed and modal_of(head) not in (None, "past"):
        return None  # "could face arrest": a risk, not an act
    hedged = governed and modal_of(head) == "past"  # "may have been subjected to torture"
    confidence = 0.55 + 0.15 * (victim is not None) + 0.1 * (agent is not None)
    return Detection(
        "event",
        etype,
        token,
        agent=agent,
        target=victim,
        nominal=True,
        hedged=hedged,
        negated=denied,
        denier=denier_of(token) if denied else None,
        confidence=confidence,
    )

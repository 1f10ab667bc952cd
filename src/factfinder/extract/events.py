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
    "strike": "torture",
    "disbar": "harassment",
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
    "reprisal": "harassment",
    "summons": "harassment",
    "summon": "harassment",  # the lemmatiser's reading of "a summons"
    "position": "torture",  # only "stress positions"
    "pressure": "torture",  # only "physical pressure", officials' euphemism for beatings
    "disbarment": "harassment",
    "deprivation": "torture",  # only "sleep deprivation"
}
# Nouns that are acts only with these modifiers ("stress positions", "mock executions").
MODIFIED_ACTS = {"position": "stress", "deprivation": "sleep", "pressure": "physical"}
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
        "ensure",  # "urged them to ensure that the detainees are released": what is asked for
        "guarantee",
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
        "advise",
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
        "target",
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
# Words of a payment made again and again, which no lawful fee or fine is.
REPEATED_PAYMENTS = frozenset({"time", "every", "each", "weekly", "monthly", "regularly", "ever"})
REFLEXIVES = frozenset({"himself", "herself", "themselves", "myself", "ourselves", "yourself"})
# Holders of public power whom no one pays of their own free will ("paid the inspectors").
OFFICIALS = frozenset(
    {"police", "policeman", "officer", "official", "inspector", "guard", "investigator"}
    | {"prosecutor", "judge", "soldier", "militia", "commander", "warden", "jailer", "agent"}
    | {"policemen", "official", "bureaucrat", "clerk", "patrol", "officials"}
)
# Verbs of taking money from someone: "took", "collected", "extracted", "squeezed" it.
MONEY_TAKING = frozenset({"take", "collect", "extract", "squeeze", "levy", "exact", "skim"})
# Currencies by name, so that "2,000 krona" or "300 lari" is a sum whatever the tagger labels
# it; words with another common sense ("mark", "real", "sol", "won", "sum") are left out.
CURRENCIES = frozenset(
    {"dollar", "euro", "pound", "rouble", "ruble", "hryvnia", "yen", "franc", "lira", "rupee"}
    | {"shilling", "naira", "rand", "peso", "dinar", "dirham", "riyal", "rial", "manat", "tenge"}
    | {"lari", "krona", "krone", "kronor", "kroner", "koruna", "zloty", "forint", "leu", "lei"}
    | {"lev", "leva", "dram", "som", "somoni", "afghani", "taka", "kyat", "baht", "dong", "yuan"}
    | {"renminbi", "rupiah", "ringgit", "riel", "kip", "tugrik", "cedi", "birr", "kwacha"}
    | {"leone", "dalasi", "ariary", "ouguiya", "lempira", "quetzal", "cordoba", "bolivar"}
    | {"guarani", "denar", "kuna", "lek", "pula", "loti", "kina", "rufiyaa", "ngultrum"}
    | {"cfa", "hryvnias", "lilangeni", "metical", "nakfa", "gourde", "balboa", "boliviano"}
)
PAYMENT_DEMANDS = frozenset(
    {"demand", "ask", "extort", "require", "seek", "want", "request", "extract", "collect"}
    | {"solicit", "exact"}
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
        "hostel",
        "dormitory",
        "flat",
        "residence",
        "shelter",
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
        "strike",
        "persecute",
        "hound",
        "parole",
    }
)
# Positions imposed for hours as punishment ("forced to stand for hours").
STRESS_POSITIONS = frozenset({"stand", "kneel", "squat", "crouch", "sit"})
# Jobs and posts a person is dismissed from in reprisal.
POSTS = frozenset(
    {"job", "post", "position", "university", "school", "work", "office", "bar", "association"}
    | {"chamber", "faculty", "college", "hospital", "newspaper", "profession", "union"}
)
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
# Violence a public call may be for ("a call to lynching", "calls for violence against …").
VIOLENT_NOUNS = frozenset(
    {"violence", "lynching", "murder", "killing", "massacre", "pogrom", "expulsion", "attack"}
)
# Verbs by which courts and police hold someone to have done an act.
JUDGING = frozenset(
    {"convict", "jail", "sentence", "charge", "indict", "prosecute", "try", "imprison", "arrest"}
    | {"detain", "fine", "punish", "acquit"}
)
# Money asked for again: a demand repeated on the one already paying.
REPEATED = frozenset({"more", "further", "additional", "another", "extra"})
# Emblems of a funeral sent to the living as a threat, and how they arrive.
MOURNING = frozenset({"wreath", "coffin"})
DELIVERED = frozenset({"leave", "send", "deliver", "have", "receive", "get", "place", "put"})
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
# Verbs of holding or aiming a weapon ("held a pistol to her head", "pointed a gun at him").
AIMING = frozenset({"hold", "point", "press", "put", "aim", "level", "place"})
WEAPONS = frozenset(
    {"gun", "pistol", "rifle", "revolver", "weapon", "knife", "blade", "machete", "firearm"}
)
# Vehicles people are bundled into or carried off in.
VEHICLES = frozenset({"van", "car", "vehicle", "truck", "jeep", "bus", "minibus", "lorry"})
# Verbs of carrying people somewhere, an expulsion when forcible ("forcibly bussed home").
CONVEYED = frozenset({"bus", "buss", "truck", "ship", "transport", "deport", "send", "fly"})
# What is left behind rather than left: "ordered staff not to leave marks".
LEFT_BEHIND = frozenset(
    {"mark", "trace", "evidence", "sign", "bruise", "scar", "note", "message", "comment"}
    | {"fingerprint", "impression", "room", "space", "record"}
)
# Counted things that are not money ("for 200 days", "for 3 kilometres").
MEASURES = frozenset(
    {"hour", "minute", "second", "day", "week", "month", "year", "time", "night", "metre"}
    | {"meter", "kilometre", "kilometer", "mile", "kilogram", "kilo", "percent", "point"}
    | {"vote", "seat", "goal", "page", "count", "charge", "offence", "crime", "reason"}
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
# Harms that, promised to a person ("his legs would be broken"), threaten their life or body.
THREATENED_HARMS = KILL | {"break", "beat", "rape", "burn", "hurt", "torture", "disappear", "maim"}
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
    | {"chase", "hound", "kick", "throw", "run", "deal"}
)
# Verbs of removal that call for violence only with their particle: "chased out", "sent away".
REMOVALS = frozenset({"drive", "send", "chase", "hound", "kick", "throw", "run"})
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
BODY_PARTS = frozenset({"head", "face", "body", "back", "neck", "finger", "nail", "genitals"})
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
FALSE_WORDS = frozenset(
    {"false", "untrue", "baseless", "unfounded", "groundless", "fabricated", "lie", "fabrication"}
)
HOME_WORDS = frozenset({"home", "house", "street", "family", "apartment", "flat", "office", "bed"})
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
WITHDRAWING = frozenset({"revoke", "suspend", "cancel", "withdraw", "annul", "confiscate", "strip"})
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
# Words that make a custodial "hold" into captors who hide who they are.
UNKNOWN_CAPTORS = frozenset(
    {"unidentified", "unknown", "masked", "armed", "hooded", "plainclothes"}
)
# Nouns that count instances of an act: "212 cases of torture", "14 incidents of abduction".
CASE_NOUNS = frozenset({"case", "incident", "instance", "count", "episode"})
# Requests for what someone knows about a person's fate: "no information about his fate".
KNOWLEDGE = frozenset({"knowledge", "information", "news", "word", "trace"})
# Threatened losses that coerce: "threatened with losing their jobs", "with disbarment".
COERCED_LOSSES = frozenset(
    {"job", "work", "post", "licence", "license", "disbarment", "expulsion", "lose", "custody"}
)


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
        if subject is not None and _not_a_single(subject):
            return True  # "not a single peaceful citizen was beaten"
        if subject is not None and any(
            c.lower_ == "no" and (c.dep_ == "det" or subject.lower_ == "one")
            for c in subject.children
        ):
            return True  # "no one was beaten", "no civilians had been killed"
    return False


def _not_a_single(subject: Token) -> bool:
    """ "Not a single detainee", "not one person": a subject that counts no one."""
    words = [t.lower_ for t in subject.subtree if t.i <= subject.i]
    return len(words) > 1 and words[0] == "not" and words[1] in ("a", "one", "single")


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
    if _causative(token):
        return True
    for verb in (token, _subject_bearer(token), clause_root(token)):
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            return True
        if verb == token and token.tag_ in ("VBD", "VBZ", "VBP") and child_with(token, "nsubj"):
            break  # "she was denied care, and guards confiscated her letters": own active subject
        if verb != token and child_with(verb, "nsubj") is not None:
            break  # "officers had followed her and her daughter had been stopped and questioned"
    if any(c.dep_ in ("nsubj", "aux") and c.lemma_.lower() != "be" for c in token.children):
        return False  # "reports that fighters had abducted 30 children" is active
    if token.dep_ == "acl" and token.tag_ == "VBD":
        return True  # "1,150 people pushed back": a reduced relative, mistagged as past
    return token.tag_ == "VBN" and token.dep_ in ("acl", "amod", "xcomp", "advcl", "acomp")


def _causative(token: Token) -> bool:
    """ "had their passports confiscated", "had their homes raided": done to the subject's
    belongings, a passive whose sufferer is the subject of "have"."""
    return (
        token.tag_ == "VBN"
        and token.dep_ in ("ccomp", "xcomp")
        and token.head.lemma_.lower() == "have"
        and child_with(token, "nsubj") is not None
        and not any(c.dep_ in ("aux", "auxpass") for c in token.children)
    )


def _subject_bearer(token: Token) -> Token:
    """The nearest verb up a coordination that has its own subject: in "followed her, and her
    daughter had been stopped and questioned", "questioned" shares "stopped"'s passive."""
    current = token
    while current.dep_ == "conj" and current.head != current:
        if child_with(current, "nsubj", "nsubjpass") is not None:
            return current
        current = current.head
    return current


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
        if verb.dep_ == "conj" and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in verb.children
        ):
            break  # "… if they asked, and that one woman was told …": a clause of its own
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
        elif lemma in THREAT_VERBS | {"say"} and (warning := _told_harm(token)) is not None:
            detection = warning  # "told her she would not live to see the trial"
        elif token.lower_ == "next" and _you_are_next(token):
            detection = Detection(  # a door marked with the words "you are next"
                "event", "death_threat", token, target=_marked_thing(token), confidence=0.65
            )
        elif lemma in ("bullet", "cartridge", "shell") and _sent_in_a_parcel(token):
            detection = _sent_in_a_parcel(token)  # "received a parcel containing a bullet"
        elif lemma in PUBLIC_APPEALS and (act := public_call(token)) is not None:
            detection = Detection(  # "urged viewers to 'clean the streets of this rabble'"
                "event",
                "incitement",
                token,
                agent=subject_of(token),
                target=_called_against(act),
                confidence=0.7,
            )
        elif lemma in ("leave", "come", "return", "get", "walk") and (
            warning := _never_leave_alive(token)
        ):
            detection = warning
        elif token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            detection = _verb_event(token, lemma)
        elif lemma == "treatment" and (
            (token.i >= 2 and token.doc[token.i - 2].lower_ == "ill") or _degrading(token)
        ):
            detection = _noun_event(token, "ill-treatment")  # "ill-treatment" is three tokens
        elif lemma in MOURNING and token.pos_ == "NOUN" and _mourning_sent(token):
            detection = _mourning_threat(token)  # "left a funeral wreath with my name at my door"
        elif token.pos_ == "NOUN" and (official := _price_set_by_official(token)) is not None:
            detection = Detection(  # "an officer told her she could keep her pitch for 200 korun"
                "event", "extortion", token, agent=official, target=_told(official), confidence=0.7
            )
        elif token.pos_ in ("NOUN", "NUM") and lemma not in NOUN_EVENTS and _sum_of_currency(token):
            detection = _noun_event(token, "money")  # "demanded 5,000 calderi from the family"
        elif token.pos_ in ("NOUN", "PROPN") and lemma in NOUN_EVENTS:
            detection = _noun_event(token, lemma)
        elif lemma in KNOWLEDGE and token.pos_ == "NOUN" and (missing := _no_word_of(token)):
            detection = Detection(
                "event", "enforced_disappearance", token, target=missing, confidence=0.65
            )
        elif (
            token.lower_ in ("unaccounted", "missing")
            and (token.lower_ == "unaccounted" or _reported_missing(token))
            and is_person_like(subject_of(token.head))
        ):
            detection = Detection(  # "two other members are still unaccounted for"
                "event",
                "enforced_disappearance",
                token,
                target=subject_of(token.head),
                confidence=0.7 if token.lower_ == "unaccounted" else 0.6,
            )
        elif lemma in ("call", "appeal") and token.pos_ == "NOUN" and _calls_to_violence(token):
            detection = _call_to_violence(token)  # "the lawmaker's call to hunt down migrants"
        elif lemma == "campaign" and _smear(token):
            detection = _noun_event(token, "smear")
        elif lemma == "demand" and token.pos_ == "NOUN" and (price := _price_demanded(token)):
            detection = _noun_event(token, price)  # "received ransom demands by phone"
        elif (
            lemma in ("whereabouts", "whereabout", "fate")
            and not (token.dep_ == "conj" and token.head.lemma_.lower() in ("fate", "whereabouts"))
            and _unknown(token)
        ):
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
    return _questioning_in_custody(_capture_in_disappearance(_one_search(_same_victim(found))))


def _same_victim(found: list[Detection]) -> list[Detection]:
    """ "kept him awake and held his head under water": "his" is the "him" already named, so
    the sentence gives one claim of the type, not two."""
    return [
        d
        for d in found
        if not (
            d.target is not None
            and d.target.tag_ == "PRP$"
            and any(o is not d and o.type == d.type and o.target is not None for o in found)
        )
    ]


# Verbs of leading someone off that tell a capture, not which kind it was.
CAPTURING = frozenset({"take", "lead", "drag", "march", "escort", "frogmarch", "bundle"})


def _capture_in_disappearance(found: list[Detection]) -> list[Detection]:
    """ "relatives taken by intelligence officers have not been seen since": the taking is
    the disappearance the sentence reports, not a separate detention."""
    if not any(d.type == "enforced_disappearance" and not d.negated for d in found):
        return found
    return [
        d for d in found if not (d.type == "detention" and d.trigger.lemma_.lower() in CAPTURING)
    ]


def _questioning_in_custody(found: list[Detection]) -> list[Detection]:
    """ "were taken to the police station and questioned for hours", "detained a journalist and
    confiscated his equipment": questioning in custody and seizing what the detainee carries
    are part of the detention, not separate acts of harassment (a searched home is not)."""
    if not any(d.type == "detention" and not d.negated for d in found):
        return found

    def part_of_arrest(d: Detection) -> bool:
        lemma = d.trigger.lemma_.lower()
        if lemma in ("question", "interrogate", "interrogation"):
            return True
        return lemma in ("confiscate", "seize", "take") and _belonging(d.target)

    return [d for d in found if not (d.type == "harassment" and part_of_arrest(d))]


def _vanished_person(verb: Token) -> bool:
    """Who disappeared is a person, and not lost to a flood or a storm."""
    who = child_with(verb, "nsubj")
    if not is_person_like(subject_of(verb)) and not (who is not None and who.lower_ == "who"):
        return False  # "who" is a person whatever noun the parser hangs the clause on
    causes = objects_of_prepositions(verb, "during", "in", "after")
    return not any(c.lemma_.lower() in NATURAL_CAUSES for c in causes)


def _reported_missing(missing: Token) -> bool:
    """ "dozens of people remain missing": the adjective, said of people, not negated."""
    verb = missing.head
    return (
        missing.lower_ == "missing"
        and missing.pos_ == "ADJ"
        and missing.dep_ in ("acomp", "oprd")
        and object_of_preposition(missing, "from") is None  # "missing from the roster"
        and verb.lemma_.lower() in ("remain", "be", "stay", "go", "report", "list", "declare")
        and not is_negated(verb)
        and modal_of(verb) in (None, "past")
        and not _describes_speakers(verb)
    )


def _describes_speakers(clause: Token) -> bool:
    """ "Relatives of 12 men who remain missing told the organisation …": a relative clause
    inside a speaker's name describes who speaks; what they report is the claim."""
    if clause.dep_ != "relcl":
        return False
    return any(g.dep_ == "nsubj" for g in [clause.head, *_governors(clause.head)][:4])


def _degrading(treatment: Token) -> bool:
    """ "cruel, inhuman or degrading treatment": the treaty words for ill-treatment."""
    words = {c.lower_ for c in treatment.children if c.dep_ in ("amod", "conj")}
    for adjective in list(treatment.children):
        words |= {c.lower_ for c in adjective.children if c.dep_ == "conj"}
    return bool(words & {"cruel", "inhuman", "inhumane", "degrading"})


def _one_search(found: list[Detection]) -> list[Detection]:
    """ "raided the offices, searching the premises and seizing computers" is one act of
    harassment against one victim: acts aimed at places and things in a sentence count once,
    and not at all beside harassment of people ("followed the director, and her phone has
    been tapped": the phone is hers)."""
    kept: list[Detection] = []
    of_people = any(
        d.type == "harassment" and is_person_like(d.target) and not d.negated for d in found
    )
    seen_things = False
    for detection in found:
        aimed_at_things = (
            detection.type == "harassment"
            and detection.target is not None
            and not is_person_like(detection.target)
        )
        if aimed_at_things and (seen_things or of_people):
            continue
        seen_things = seen_things or aimed_at_things
        kept.append(detection)
    return kept


def _verb_type(token: Token, lemma: str) -> str | None:
    children = {c.lower_ for c in token.children}
    if lemma == "lay" and _hand_laid_on(token) is not None:
        return "torture"  # "never laid a hand on that boy": an assault, here denied
    if lemma == "die" and _alternative(token) and token.head.lemma_.lower() == "leave":
        return "death_threat"  # "'Leave or die' painted on their gate"
    if lemma == "leave" and _none_left_alive(token):
        return "incitement"  # "no Sarvik in Marrak should be left standing"
    if lemma == "kill" and "off" in children:
        return None  # "killed off the game", "killed off the bill": no one dies
    if lemma in AIMING and _weapon_at_person(token) is not None:
        return "death_threat"  # "held a pistol to her temple", "pointed a gun at him"
    if lemma in KILL and _spoken_threat(token):
        return "death_threat"  # "'we will kill you' was painted on her door"
    if lemma in KILL and token.dep_ == "xcomp" and token.head.lemma_.lower() in VOWING:
        return "death_threat"  # "vowed to kill anyone who testified": the vow is the threat
    if lemma in KILL and _alternative(token):
        return "death_threat"  # "told every family to leave by morning or be shot"
    if lemma in ELIMINATE or (lemma in KILL and modal_of(token) in ("should", "must")):
        if _perpetrators(token):
            return None  # "those responsible must be punished" asks for justice
        return _call_type(token)
    if lemma in CALLED_ACTS and modal_of(token) in ("should", "must") and _call_type(token):
        if lemma == "deal":  # "a traitor who should be dealt with the way traitors are"
            dealt = subject_of(token) if is_passive(token) else None
            if dealt is not None and dealt.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
                dealt = token.head  # "a traitor who should be dealt with": the traitor
            vermin = dealt is not None and dealt.lemma_.lower() in VERMIN_WORDS
            if "with" in children and (is_person_like(dealt) or vermin):
                return "incitement"
        elif lemma not in REMOVALS or children & {"out", "back", "away", "somewhere", "off"}:
            return "incitement"  # "must be driven out of the province", "chased out like rats"
    if _group_told_to_go(token, lemma) or _left_to_kin(token, lemma):
        return "incitement"
    if lemma == "deserve" and {t.lemma_.lower() for t in token.subtree} & {"death", "die"}:
        return "incitement"  # "they deserve death"
    if lemma in THREATENED_HARMS - KILL and not _harm_to_person(token):
        pass  # "the case would disappear for a payment": no one is harmed
    elif lemma in THREATENED_HARMS and modal_of(token) in ("would", "will", "'ll"):
        # "warned him that he would be killed", "told the men they would be shot"
        governor = clause_root(token).head
        if governor.pos_ in ("NOUN", "PROPN", "PRON") and clause_root(token).dep_ == "relcl":
            governor = governor.head  # "warned the prisoners they would be shot" (misattached)
        if governor.lemma_.lower() in THREAT_VERBS and governor != token:
            return "death_threat"
        if governor.lemma_.lower() in SAYING_VERBS | {"warn", "read"}:
            if _said_by_captor(governor, token) or _message_says(governor):
                return "death_threat"  # "an interrogator said they would kill her"
        if lemma in KILL:
            return None
    if lemma in ("wipe", "cut", "root", "stamp") and "out" in children:
        if lemma == "wipe" or modal_of(token) in ("should", "must"):
            return _call_type(token)  # "a disease that must be cut out", "rooted out"
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
        harms = {"kill", "death", "murder", "shoot", "harm", "rape", "violence", "bury"}
        if words & (harms | {"disappear", "vanish"}):
            return "death_threat"
        coercion = {"arrest", "prosecution", "prosecute", "dismissal", "fine", "jail", "expel"}
        coercion |= {"reprisal", "consequence", "deportation", "eviction", "charge", "prison"}
        coercion |= COERCED_LOSSES
        if words & coercion:
            return "harassment"
        threatened = subject_of(token) if is_passive(token) else child_with(token, "dobj")
        if is_person_like(threatened):
            return "death_threat"
        # "threatened to take the decision to court", "threatens public order": no one
        people = any(is_person_like(t) for t in token.subtree if t.dep_ in ("dobj", "pobj"))
        return "harassment" if people or threatened is None and _told_to(token) else None
    if lemma in ("keep", "place", "put", "send", "lock", "confine", "remand") and _into_custody(
        token
    ):
        return "detention"  # "placed in detention", "sent to a camp", "kept in a basement"
    if lemma == "confine" and is_passive(token) and is_person_like(subject_of(token)):
        return "detention"  # "the detainees are confined to a single room"
    if lemma == "keep" and _kept_for_hours(token):
        return "detention"  # "drove me to the station and kept me there for six hours"
    if lemma == "keep" and "awake" in children and _for_a_time(token):
        return "torture"  # "kept him awake for days": sleep deprivation
    if lemma in ("hold", "push", "force", "plunge") and _under_water(token):
        return "torture"  # "held his head under water"
    if lemma in STRESS_POSITIONS and (_forced(token) or _made_to(token)):
        if {t.lower_ for t in token.subtree} & {"hours", "days", "nights"}:
            return "torture"  # "forced to stand for hours"
    if lemma == "serve" and _serves_prison_term(token):
        return "detention"  # "is serving a five-year sentence"
    if lemma == "use" and _used_on_people(token):
        return "torture"  # "guards used electric batons on the prisoners"
    if lemma == "grant" and is_passive(token) and "bail" in {c.lower_ for c in token.children}:
        return "release"  # "was granted bail"
    if lemma == "expel" and is_passive(token) and _pupils(subject_of(token)):
        place = object_of_preposition(token, "from")
        if place is None or place.lemma_.lower() in SCHOOLS:
            return "harassment"  # "students who signed the petition were expelled"
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
    if lemma in ("force", "drive", "chase") and "out" in children and _out_of_settlement(token):
        return "forced_displacement"  # "families forced out of the riverside settlement"
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
    if lemma in ("relocate", "resettle", "transfer", "move", *CONVEYED) and _by_force(token):
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
    if lemma == "be" and "in" in children and _in_custody_now(token, denied=True):
        return "detention"  # "she was not in the custody of any state body": a denied custody
    if lemma in ("hold", "keep") and is_passive(token) and _at_unknown_place(token):
        return "enforced_disappearance"  # "held in an undisclosed location since his arrest"
    if lemma == "hold" and _in_secret(token):
        return "enforced_disappearance"  # "held in secret"; "held in secret prisons" is detention
    if lemma == "hear" and is_negated(token) and is_passive(token) and _since(token):
        if is_person_like(subject_of(token)):
            return "enforced_disappearance"  # "have not been heard from since"
    if lemma in SEARCHING and is_negated(token) and _relatives_search(token):
        return "enforced_disappearance"  # "her family cannot locate her"
    if lemma in ("photograph", "film", "videotape") and not is_passive(token):
        watcher = subject_of(token)
        if watcher is not None and watcher.lemma_.lower() in CAPTORS | WATCHERS | {"agent"}:
            if is_person_like(child_with(token, "dobj")):
                return "harassment"  # "plainclothes police photographed mourners"
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
    if lemma in ("return", "hand", "deliver") and _bodies(token) and _of_detainees(token):
        return "killing"  # "the bodies of three detainees were returned to their families"
    if lemma in ("find", "discover", "recover", "dump", "exhume") and _bodies(token):
        return "killing"  # "the bodies of three men were found"
    if lemma in ("confiscate", "seize", "take") and not is_passive(token) and _belongings(token):
        return "harassment"  # "confiscated their phones", "took my laptop"
    if lemma == "freeze" and _belongings(token) and _owned(token):
        return "harassment"  # "her bank accounts were frozen"
    if lemma in ("confiscate", "seize") and _belongings(token):
        return "harassment"  # "confiscated their phones", "her bank accounts were frozen"
    if lemma in WITHDRAWING and _licence_withdrawn(token):
        return "harassment"  # "revoked the lawyer's licence", "stripped of his citizenship"
    if lemma in ("warn", "tell", "order", "instruct", "pressure") and _silenced(token):
        return "harassment"  # "warned the families not to speak to foreign media"
    if lemma in ("monitor", "intercept", "hack", "track", "bug") and _belongings(token):
        return "harassment"  # "monitors their messaging accounts"
    if lemma in DAMAGING and _property_damaged(token):
        return "harassment"  # "smashed the windows of their houses", "his stall was wrecked"
    if lemma == "throw" and _thrown_at_home(token):
        return "harassment"  # "threw stones at the windows"
    if lemma == "cut" and "off" in children and _supply_cut(token):
        return "harassment"  # "cut off their water supply"
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
    if lemma in ("hold", "detain", "keep") and _ordered_by_court(token):
        return "detention"  # "a court ordered them held for two months"
    if lemma == "hold" and _to_account(token):
        return None  # "officers held to account" are tried, not detained
    if lemma == "hold":
        if is_passive(token):
            return "detention" if _held_person(token) else None
        return "detention" if _holds_captive(token) else None
    if lemma in MONEY_TAKING and not is_passive(token) and _took_money_from(token):
        return "extortion"  # "guards took money from the prisoners' families"
    if lemma == "take" and _taken_into_custody(token):
        return "detention"  # "they took me to a police station"
    if lemma == "take" and is_passive(token) and "gunpoint" in {t.lower_ for t in token.subtree}:
        return "enforced_disappearance"  # "taken at gunpoint"
    if lemma == "take" and not is_passive(token) and _from_home(token):
        if is_person_like(child_with(token, "dobj")):
            return "detention"  # "officers took me from my flat"
    if lemma == "take" and not is_passive(token) and "away" not in children:
        return None
    if lemma == "take" and not is_passive(token):
        taken = child_with(token, "dobj")
        if "away" in children and is_person_like(taken):
            return "detention"
        return None
    if lemma == "take" and _taken_by_unknown_men(token):
        return "enforced_disappearance"  # "taken by unidentified men": an abduction
    if lemma == "take" and by_agent(token) is not None and is_person_like(subject_of(token)):
        return "detention"  # "my brother was taken by men in uniform"
    if lemma == "let" and any(c.lemma_.lower() == "go" for c in token.children):
        return "release"  # "they let me go"
    if lemma in ("regain", "recover") and _freedom(child_with(token, "dobj")):
        return "release"  # "regained his freedom in March"
    if lemma == "let" and _out_of_custody(token):
        return "release"  # "was let out of prison last week"
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
        watcher = follower is not None and follower.lemma_.lower() in CAPTORS | WATCHERS
        return "harassment" if is_person_like(follower) or watcher else None
    if lemma in ("leave", "exit") and _left_custody(token):
        return "release"  # "left prison on 2 May"
    if lemma == "leave" and _left_under_threat(token):
        return "forced_displacement"
    if lemma == "hang" and token.lower_ == "hanged":
        return "killing"
    if lemma == "find" and "dead" in {t.lower_ for t in token.subtree}:
        return "killing"  # "was found dead in his cell": reported as a death
    found = is_passive(token) or (_headline(token) and token.tag_ in ("VBN", "VBD"))
    if lemma == "find" and found and _into_custody(token):
        if is_person_like(subject_of(token)):
            return "detention"  # "three of them were later found in pre-trial detention"
    if lemma == "drive" and ("out" in children or object_of_preposition(token, "from") is not None):
        source = object_of_preposition(token, "from")
        if source is None or source.lemma_.lower() in HOME_WORDS | {"village", "town", "country"}:
            return "forced_displacement"
    if lemma in ("drag", "lead", "march", "escort", "frogmarch") and children & {"away", "off"}:
        if is_person_like(subject_of(token) if is_passive(token) else child_with(token, "dobj")):
            return "detention"  # "dragged my father away", "was led away in handcuffs"
    if lemma == "drag" and "out" in children:
        return "detention"
    if lemma in ("drag", "push", "throw", "force", "shove", "bundle") and _into_vehicle(token):
        return _into_vehicle(token)  # "dragged into police vans", "forced into an unmarked car"
    if lemma == "drag" and _from_home(token):
        return "detention"  # "soldiers drag men from their homes"
    if lemma == "break" and "into" in children and _into_home(token):
        return "harassment"  # "broke into our house"
    if lemma == "push" and children & {"back", "across"}:
        return "forced_displacement"  # "pushed back across the border"
    if lemma in ("force", "push", "drive", "march") and _across_border(token):
        return "forced_displacement"  # "forcing them across the border at night"
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
        and not _leaves_a_thing(token)  # "ordered staff not to leave marks"
    ):
        return "forced_displacement"
    if lemma in ("leave", "pack", "vacate", "go") and _given_time_to(token):
        return "forced_displacement"  # "residents were given 24 hours to leave", "to pack"
    if lemma == "cross" and _crossed_abroad(token):
        return "forced_displacement"  # "about 900 people had crossed into Ossland"
    if lemma in ("leave", "move", "flee", "relocate", "abandon") and _had_to_leave(token):
        return "forced_displacement"  # "I had to move flats four times in a year"
    if lemma in ("come", "return") and _never_came_back(token):
        return "enforced_disappearance"  # "went to complain to the prosecutor and never came back"
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
        if _collapsed_after_abuse(token):
            return "killing"  # "collapsed after a beating in the yard and died the next day"
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
    if lemma == "hand" and _particle(token, "over") and _handed_money(token):
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
    person = subject.lemma_.lower() in PERSON_NOUNS or (_headline(verb) and is_person_like(subject))
    return (
        (counted or _headline(verb))
        and person
        and subject.lemma_.lower() not in CAPTORS | {"soldier", "guard", "officer", "official"}
    )


# A headline is short; longer text without a full stop is a list item or a broken line.
HEADLINE_TOKENS = 16


def _headline(token: Token) -> bool:
    """A headline drops "was" and "were": "Journalist freed after six months in jail",
    "Activist abducted in Dorsk, family says" – a short line with no closing full stop."""
    sent = token.sent
    words = [t for t in sent if not t.is_space]
    return (
        0 < len(words) <= HEADLINE_TOKENS
        and words[-1].text not in (".", "!", "?", ";", ":", '"', "\u201d", "'")
        and sent.text.strip()[:1].isupper()
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
        and (serve.dep_ != "relcl" or serve.tag_ == "VBG")  # "who had been serving"
        and not (serve.dep_ == "pcomp" and serve.head.lower_ in BACKGROUND)  # "after serving"
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
        and any(
            g.lemma_.lower() in JOURNEYS or (g.lemma_.lower() in PURSUITS and _barred_person(verb))
            for g in c.children
        )
        for c in verb.children
    )


def _barred_person(verb: Token) -> bool:
    """Who is barred from their work is a person: "barred the lawyer from representing"."""
    return is_person_like(subject_of(verb) if is_passive(verb) else child_with(verb, "dobj"))


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


def _at_unknown_place(verb: Token) -> bool:
    """ "held at an unknown location": custody in no named place (a named "undisclosed military
    base" is still a place of detention)."""
    place = object_of_preposition(verb, "in", "at")
    return (
        place is not None
        and place.lemma_.lower() in ("location", "place", "destination")
        and any(c.lower_ in ("unknown", "undisclosed") for c in place.children)
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


def _in_custody_now(verb: Token, denied: bool = False) -> bool:
    """ "The lawyer remains in detention", "has been behind bars since May"; with `denied`, the
    custody a negated verb speaks of ("he was not in their custody")."""
    if is_negated(verb) != denied or modal_of(verb) not in (None, "past"):
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
        and c.lemma_.lower() in ("know", "recognise", "recognize", "name", "identify", "locate")
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


def _of_detainees(verb: Token) -> bool:
    """Bodies of people who were in custody: their deaths in custody are killings."""
    body = subject_of(verb) if is_passive(verb) else child_with(verb, "dobj")
    dead = object_of_preposition(body, "of") if body is not None else None
    return dead is not None and dead.lemma_.lower() in (
        "detainee",
        "prisoner",
        "inmate",
        "captive",
        "hostage",
    )


def _under_water(verb: Token) -> bool:
    water = object_of_preposition(verb, "under", "into")
    return water is not None and water.lemma_.lower() in ("water", "bucket", "barrel", "tank")


def _fired_by(fire: Token) -> bool:
    """ "police fire", "the army's fire": gunfire with its shooters named."""
    return any(
        c.dep_ in ("compound", "poss", "amod") and c.lemma_.lower() in CAPTORS | {"sniper", "troop"}
        for c in fire.children
    )


def _belongings(verb: Token) -> bool:
    taken = child_with(verb, "dobj") or (subject_of(verb) if is_passive(verb) else None)
    return _belonging(taken or _undergone(verb))


def _undergone(verb: Token) -> Token | None:
    """What a causative or passive act was done to: "had their phones taken" → phones."""
    if _causative(verb):
        return child_with(verb, "nsubj")
    return child_with(verb, "nsubjpass")


def _taken_by_unknown_men(take: Token) -> bool:
    """ "taken by unidentified / masked / armed men": captors who hide who they are."""
    taker = by_agent(take) if is_passive(take) else None
    if taker is None or not is_person_like(subject_of(take)):
        return False
    words = {c.lower_ for c in taker.children}
    presumed = any(
        c.dep_ == "acl" and c.lemma_.lower() in ("believe", "suspect", "think", "say")
        for c in taker.children
    )  # "men believed to be security agents": who they are is a guess
    return taker.lemma_.lower() in ("man", "people", "individual", "gunman") and bool(
        words & UNKNOWN_CAPTORS or presumed
    )


def _told_not_held(hold: Token) -> bool:
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
    if verb.lemma_.lower() in ("go", "return") and verb.dep_ == "xcomp":
        governor = verb.head
        return verb.dep_ == "xcomp" and governor.lemma_.lower() in ("allow", "let", "permit")
    words = {t.lower_ for t in verb.subtree}
    held = subject_of(verb)
    held_words = {t.lemma_.lower() for t in held.subtree} if held is not None else set()
    return bool(words & CUSTODY_WORDS - {"police", "charge"}) or bool(
        held_words & {"hold", "detain", "arrest", "imprison", "jail"}
    )


def _freedom(thing: Token | None) -> bool:
    return thing is not None and thing.lemma_.lower() in ("freedom", "liberty")


def _out_of_custody(verb: Token) -> bool:
    out = next((c for c in verb.children if c.lower_ == "out"), None)
    place = object_of_preposition(out, "of") if out is not None else None
    return place is not None and place.lemma_.lower() in CUSTODY_WORDS


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
    infinitive = verb.dep_ == "xcomp" or (
        verb.dep_ == "advcl" and any(c.lower_ == "to" for c in verb.children)
    )  # "were made to stand" may parse the infinitive as an adverbial clause
    return infinitive and governor.lemma_.lower() in ("force", "compel", "make", "coerce")


def _collapsed_after_abuse(die: Token) -> bool:
    """A death told as the second of two verbs, the first naming the abuse: "collapsed after a
    beating and died the next day"."""
    if die.dep_ != "conj":
        return False
    first = die.head
    after = object_of_preposition(first, "after", "following")
    return after is not None and NOUN_EVENTS.get(after.lemma_.lower()) == "torture"


def _kept_for_hours(keep: Token) -> bool:
    """A person kept somewhere for hours or days by captors, or at a police station: custody
    ("kept me there for six hours"), not "kept them informed"."""
    if is_passive(keep) or not is_person_like(child_with(keep, "dobj")):
        return False
    span = object_of_preposition(keep, "for")
    if span is None or span.lemma_.lower() not in ("hour", "day", "night", "week", "month"):
        return False
    keeper = subject_of(keep)
    context = {t.lower_ for t in keep.sent} & (CUSTODY_WORDS - {"charge"})
    return bool(context) or (keeper is not None and keeper.lemma_.lower() in CAPTORS)


def _none_left_alive(leave: Token) -> bool:
    """ "no Sarvik should be left standing / alive": a call to kill every member of a group,
    whose negation is the point, not a denial."""
    if not is_passive(leave) or modal_of(leave) not in ("should", "must"):
        return False
    group = subject_of(leave)
    if group is None or not any(c.lower_ == "no" for c in group.children):
        return False
    return any(c.lower_ in ("standing", "alive") for c in leave.children)


def _mourning_sent(token: Token) -> bool:
    """A funeral wreath or a coffin sent to or left for a living person: a threat to kill them
    told in the emblems of their funeral."""
    if token.lemma_.lower() == "wreath" and not any(
        c.lower_ in ("funeral", "mourning") for c in token.children
    ):
        return False
    if token.dep_ not in ("dobj", "nsubjpass") or token.head.lemma_.lower() not in DELIVERED:
        return False
    marks = {t.lemma_.lower() for t in token.head.subtree}  # "bearing their names", "at my door"
    return bool(marks & {"name", "door", "doorstep", "gate"})


def _mourning_threat(token: Token) -> Detection:
    verb = token.head
    received = verb.lemma_.lower() in ("have", "receive", "get")
    target = subject_of(verb) if received or is_passive(verb) else object_of_preposition(verb, "to")
    doors = [d for d in objects_of_prepositions(verb, "at", "outside", "on") if d.lemma_ != "it"]
    if target is None and doors:
        target = child_with(doors[-1], "poss")  # "at my door"
    sender = None if received or is_passive(verb) else subject_of(verb)
    return Detection("event", "death_threat", token, agent=sender, target=target, confidence=0.7)


def _price_set_by_official(money: Token) -> Token | None:
    """The police officer or guard who names a price for a favour ("told her she could keep
    her pitch for 200 korun a week", "offered to let us visit for 50 dollars"): the official
    selling what the law gives free is extorting it."""
    if money.dep_ != "pobj" or money.head.lower_ != "for" or is_person_like(money):
        return None
    if not any(c.dep_ == "nummod" for c in money.children):
        return None
    if money.ent_type_ != "MONEY" and money.lemma_.lower() in MEASURES:
        return None
    verb = money.head.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX"):
            official = subject_of(verb)
            if official is not None and official.lemma_.lower() in CAPTORS | OFFICIALS:
                return official  # "the investigator said the file could vanish for 1,000 krona"
        if verb.dep_ not in ("ccomp", "xcomp") or verb.head == verb:
            return None
        verb = verb.head
    return None


def _told(official: Token) -> Token | None:
    """Whom the official told or offered the price to."""
    return child_with(official.head, "dobj", "dative")


def _made_to(verb: Token) -> bool:
    """ "made the prisoners kneel": a bare infinitive with its own subject under "make"."""
    return (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in ("make", "force")
        and child_with(verb, "nsubj") is not None
    )


def _into_home(verb: Token) -> bool:
    home = object_of_preposition(verb, "into")
    return home is not None and home.lemma_.lower() in HOME_WORDS | PLACES_SEARCHED


def _from_travel(verb: Token) -> bool:
    words = {t.lemma_.lower() for t in verb.subtree}
    return bool(words & {"travel", "leave", "travelling", "traveling"})


def _into_vehicle(verb: Token) -> str | None:
    """People forced into a vehicle are taken into custody; into an unmarked one, by captors
    who hide who they are."""
    vehicle = object_of_preposition(verb, "into")
    moved = subject_of(verb) if is_passive(verb) else child_with(verb, "dobj")
    if vehicle is None or vehicle.lemma_.lower() not in VEHICLES:
        return None
    if not is_person_like(moved):
        return None
    unmarked = any(
        c.lower_ in ("unmarked", "unidentified") or (c.lower_ == "without" and c.dep_ == "prep")
        for c in vehicle.children
    )  # "an unmarked car", "a van without plates"
    official = any(c.lemma_.lower() in CAPTORS for c in vehicle.children)  # "police vans"
    mover = by_agent(verb) if is_passive(verb) else subject_of(verb)
    official = official or (mover is not None and mover.lemma_.lower() in CAPTORS)
    if unmarked:
        return "enforced_disappearance"
    return "detention" if official else None


def _out_of_settlement(verb: Token) -> bool:
    """ "forced out of their homes / the settlement": people driven from where they live, not
    from a job or a race."""
    out = next((c for c in verb.children if c.lower_ == "out"), verb)
    place = object_of_preposition(out, "of") or object_of_preposition(verb, "of")
    moved = subject_of(verb) if is_passive(verb) else child_with(verb, "dobj")
    if moved is None and verb.tag_ == "VBD":
        moved = subject_of(verb)  # a headline drops "were": "families forced out of …"
    if place is None or place.lemma_.lower() in POSTS | {"race", "election", "party", "office"}:
        return False
    return is_person_like(moved) or (moved is not None and moved.lemma_.lower() in KIN)


def _to_account(hold: Token) -> bool:
    """ "held to account", "held accountable/responsible": answerable, not in custody."""
    named = {c.lower_ for c in hold.children}
    named |= {g.lower_ for c in hold.children if c.lower_ == "to" for g in c.children}
    return bool(named & {"account", "accountable", "responsible", "liable"})


def _leaves_a_thing(leave: Token) -> bool:
    """ "leave marks", "leave no trace": something left behind, not a place left."""
    left = child_with(leave, "dobj")
    return left is not None and left.lemma_.lower() in LEFT_BEHIND


def _convicted_of(act: Token) -> Token | None:
    """Who a court or the police hold to have done the act: "jailed two officers for beating
    a fruit seller to death", "three men were charged with killing her"."""
    prep = act.head
    if act.dep_ != "pcomp" or prep.lower_ not in ("for", "of", "with"):
        return None
    verdict = prep.head
    if verdict.lemma_.lower() not in JUDGING:
        return None
    return subject_of(verdict) if is_passive(verdict) else child_with(verdict, "dobj")


def _hand_laid_on(lay: Token) -> Token | None:
    """Whom someone "laid a hand / a finger on": touched in violence, the idiom of assault
    (mostly in denials: "my client never laid a finger on him")."""
    hand = child_with(lay, "dobj")
    if hand is None or hand.lemma_.lower() not in ("hand", "finger"):
        return None
    touched = object_of_preposition(lay, "on") or object_of_preposition(hand, "on")
    return touched if is_person_like(touched) else None


def _weapon_at_person(verb: Token) -> Token | None:
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


def _spoken_threat(kill: Token) -> bool:
    """The words of a threat quoted as written or said: "we will kill you", "we'll kill you
    all". A speaker promising to kill the one addressed threatens them, whoever reports it."""
    killer = child_with(kill, "nsubj")
    victim = child_with(kill, "dobj")
    return (
        modal_of(kill) in ("will", "'ll", "shall")
        and killer is not None
        and killer.lower_ in ("we", "i")
        and victim is not None
        and victim.lower_ == "you"
        and not is_negated(kill)
    )


def _across_border(verb: Token) -> bool:
    border = object_of_preposition(verb, "across", "over")
    moved = subject_of(verb) if is_passive(verb) else child_with(verb, "dobj")
    return (
        border is not None
        and border.lemma_.lower() in ("border", "frontier", "boundary")
        and is_person_like(moved)
    )


def _pupils(token: Token | None) -> bool:
    return token is not None and token.lemma_.lower() in (
        "student",
        "pupil",
        "schoolchild",
        "schoolboy",
        "schoolgirl",
        "undergraduate",
    )


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


def _property_damaged(verb: Token) -> bool:
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


def _thrown_at_home(throw: Token) -> bool:
    aimed = object_of_preposition(throw, "at")
    return aimed is not None and aimed.lemma_.lower() in PROPERTY and not is_negated(throw)


def _supply_cut(cut: Token) -> bool:
    supply = child_with(cut, "dobj")
    return supply is not None and supply.lemma_.lower() in UTILITIES and _owned_by_people(supply)


def _belonging(thing: Token | None) -> bool:
    return thing is not None and thing.lemma_.lower() in BELONGINGS | LICENCES


def _owned(verb: Token) -> bool:
    thing = child_with(verb, "dobj") or (subject_of(verb) if is_passive(verb) else None)
    owner = (child_with(thing, "poss") or object_of_preposition(thing, "of")) if thing else None
    return owner is not None  # "her accounts", "the organisation's accounts": someone's


def _licence_withdrawn(verb: Token) -> bool:
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


def _silenced(verb: Token) -> bool:
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


def _exposed(verb: Token) -> bool:
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
    if words & {"ransom"} or _for_a_time(verb):
        return True  # "held them for ransom", testimony's "they held me for two days"
    return bool(words & (CUSTODY_WORDS | {"hostage", "captive", "incommunicado"})) or (
        captor is not None and captor.lemma_.lower() in CAPTORS
    )


def _for_a_time(verb: Token) -> bool:
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


def _whereabouts_withheld(verb: Token) -> bool:
    """ "refuse to disclose where he is held", "we do not know where they took him", "refused
    to confirm whether they were holding him"."""
    lemma = verb.lemma_.lower()
    if lemma not in ("hold", "keep", "take", "be", "detain", "bring", "imprison"):
        return False
    asked_where = any(c.lower_ == "where" and c.dep_ == "advmod" for c in verb.children)
    asked_whether = any(c.lower_ == "whether" and c.dep_ == "mark" for c in verb.children)
    if not asked_where and not (asked_whether and lemma in ("hold", "detain")):
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
    willing = telling.head if telling.dep_ == "xcomp" else None
    unwilling = (
        willing is not None
        and willing.lemma_.lower() in ("willing", "able", "prepared", "ready")
        and is_negated(willing.head)  # "no official has been willing to say where he is"
    )
    return is_negated(telling) or refused or unwilling


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


def _never_came_back(verb: Token) -> bool:
    """ "he never came back", "has never returned": a person who went somewhere and was not
    seen again, told as an absence."""
    never = any(c.lower_ == "never" for c in verb.children)
    back = verb.lemma_.lower() == "return" or any(c.lower_ == "back" for c in verb.children)
    went_home = any(t.lower_ == "to" and t.dep_ == "prep" for t in verb.subtree)  # "to the village"
    return never and back and not went_home and is_person_like(subject_of(verb))


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
    if detection is not None and detection.target is not None and _asked_about(detection.target):
        return None  # "declined to say how many people remained in custody": no one named
    ordered_out = lemma in ("leave", "flee") and token.dep_ == "xcomp" and is_negated(token.head)
    if detection is not None and ordered_out and detection.target is not None:
        detection.negated = True  # "nobody was forced to leave": the expulsion is denied
        return detection
    if detection is None or not (is_negated(token) or under_denial(token)):
        return detection
    if detection.type == "incitement" and _none_left_alive(token):
        denied = any(g.lemma_.lower() in DENY_VERBS for g in _governors(token))
        return (
            None if denied else detection
        )  # "no Sarvik should be left standing" calls for the killing of all
    searched = lemma in SEARCHING and detection.type == "enforced_disappearance"
    concealed = lemma == "hold" and detection.type == "enforced_disappearance"
    came_back = lemma in ("come", "return") and detection.type == "enforced_disappearance"
    if lemma in ("survive", "see", "hear") or searched or concealed or came_back:
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
    if token.dep_ == "acl" and _every_one(token.head):
        return None  # "all persons held at the centre are treated …": a class, not an event
    if _correction_of(token):
        return None  # "an earlier version said nine people had been killed": withdrawn
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
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in token.children):
            return None  # "if someone is being threatened, they should come to us": no threat
        return _threat(token, etype)
    if lemma == "die" and etype == "death_threat":  # "painted 'Leave or die' on our gate"
        return Detection("event", etype, token, agent=subject_of(clause_root(token).head))
    if lemma == "lay" and etype == "torture":  # "laid a finger on Mr Oddan"
        return Detection(
            "event", etype, token, agent=subject_of(token), target=_hand_laid_on(token)
        )
    if etype == "death_threat" and lemma in AIMING:  # "held a pistol to her temple"
        if modal_of(token) not in (None, "past") or is_conditional(token):
            return None
        aimer = by_agent(token) if is_passive(token) else subject_of(token)
        return Detection("event", etype, token, agent=aimer, target=_weapon_at_person(token))
    called = etype == "incitement" or (
        etype == "death_threat" and lemma in ELIMINATE | THREATENED_HARMS | VIOLENT_CALLS
    )
    if lemma != "threaten" and _threatened_act(token):
        return None  # "threatened to make her disappear": the threat is the claim
    if called and (is_negated(token) or under_denial(token)) and not _none_left_alive(token):
        return None
    if is_conditional(token) and not called and not _paid_or_else(token):
        return None  # a threat or a call made on a condition is still made
    modal = modal_of(token)
    hedged = modal == "past" or _accused(token)
    if called:
        return _call_event(token, etype)
    if _imperative(token):
        return None  # "(c) Release the human rights defender …": a recommendation
    searched = etype == "enforced_disappearance" and lemma in SEARCHING
    if modal is not None and modal != "past" and not _habitual(token, modal) and not searched:
        return None
    if (
        token.dep_ in ("xcomp", "advcl")
        and modal_of(token.head) not in (None, "past")
        and not (etype == "extortion" and (_told_to_pay(token) or _paid_or_else(token)))
    ):
        return None  # "could be used to arrest protesters": a possibility
    if etype == "detention" and _ordered_by_court(token):
        return Detection(
            "event", etype, token, agent=subject_of(token.head), target=subject_of(token)
        )
    ordered_out = lemma == "leave" and token.head.lemma_.lower() in ORDERING_VERBS
    sent_home = lemma in ("go", "return") and etype == "release" and token.dep_ == "xcomp"
    price_set = etype == "extortion" and lemma == "pay"  # "demanded that they pay": extortion
    if intent_governor(token) is not None and not (ordered_out or sent_home or price_set):
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
    if lemma in STRESS_POSITIONS and etype == "torture":  # "were made to stand for hours"
        governor = token.head
        agent = by_agent(governor) if is_passive(governor) else subject_of(governor)
        target = subject_of(governor) if is_passive(governor) else child_with(governor, "dobj")
        if _made_to(token):
            target = child_with(token, "nsubj")  # "made the prisoners kneel"
        return Detection("event", etype, token, agent=agent, target=target, hedged=hedged)
    if lemma == "let":  # "they let me go"
        freed = next((c for c in token.children if c.lemma_.lower() == "go"), None)
        target = child_with(freed, "nsubj") if freed is not None else None
        if is_passive(token):  # "the students were let go"
            return Detection("event", etype, token, agent=by_agent(token), target=subject_of(token))
        return Detection("event", etype, token, agent=subject_of(token), target=target)
    if lemma == "extort" or (lemma in MONEY_TAKING and etype == "extortion"):
        # "extorted money from the prisoners' relatives", "took money from prisoners"
        victim = object_of_preposition(token, "from")
        return Detection(
            "event", etype, token, agent=subject_of(token), target=victim, confidence=0.85
        )
    if lemma in ("pay", "hand", "sign"):  # the payer is the victim, the payee the extorter
        paid = child_with(token, "dobj")
        if not _payee(paid):
            paid = None  # "paid 2,000 euros": the money, not the payee
        payee = object_of_preposition(token, "to") or paid or child_with(token, "dative")
        if payee is None and token.dep_ in ("xcomp", "ccomp"):
            governor = token.head  # "officers told her to pay", "demanded that they pay"
            payee = by_agent(governor) if is_passive(governor) else subject_of(governor)
        if payee is None and _paid_or_else(token):
            price = clause_root(token.head)  # "officers told him he would be freed if he paid"
            if price.dep_ == "ccomp" and price.head.lemma_.lower() in THREAT_VERBS | {"say"}:
                payee = subject_of(price.head)
        payer = subject_of(token)
        if token.dep_ == "relcl" and _compelled(token):  # "forced for months to hand over"
            payer = subject_of(next(v for v in token.ancestors if v.pos_ in ("VERB", "AUX")))
        return Detection("event", etype, token, agent=payee, target=payer, confidence=0.8)
    if etype == "enforced_disappearance" and lemma in ("come", "return"):  # "never came back"
        return Detection("event", etype, token, target=subject_of(token), confidence=0.7)
    sent_to = object_of_preposition(token, "to")
    if sent_to is not None and sent_to.lemma_.lower() in SPORT_PLACES:
        return None  # "banished to the bench after missing training"
    if etype == "harassment" and lemma == "throw":  # "threw stones at their windows"
        aimed = object_of_preposition(token, "at")
        owner = child_with(aimed, "poss") if aimed is not None else None
        return Detection("event", etype, token, agent=subject_of(token), target=owner or aimed)
    if etype == "forced_displacement" and lemma in ("cross", "move", "relocate", "abandon"):
        mover = subject_of(token.head) if _had_to_leave(token) else subject_of(token)
        return Detection("event", etype, token, target=mover, hedged=hedged, confidence=0.7)
    if lemma in ("leave", "pack", "vacate", "go") and _given_time_to(token):
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
    came_home = (lemma == "return" or _freedom(child_with(token, "dobj"))) and etype == "release"
    if lemma in INTRANSITIVE | CUSTODY_STATES or lemma in ("leave", "lose", "walk") or came_home:
        if etype == "enforced_disappearance" and not _vanished_person(token):
            return None  # "evidence has disappeared", "went missing during the floods"
        return Detection(
            "event", etype, token, target=subject_of(token), hedged=hedged, confidence=0.75
        )
    if is_passive(token):
        agent = by_agent(token)
        if agent is not None and agent.lemma_.lower() in MEANS:
            agent = None  # "he was threatened by phone"
        target = _noun_before_being(clause_root(token)) or subject_of(token)
        if _causative(token) and is_person_like(subject_of(token.head)):
            target = subject_of(token.head)  # "activists had their homes raided"
    else:
        agent = subject_of(token)
        target = (
            child_with(token, "dobj")
            or child_with(clause_root(token), "dobj")
            or _shared_object(token)
        )
        if target is None and _reduced_passive(token, agent):
            agent, target = None, agent  # "1,150 people pushed back across the border"
        elif target is None and etype == "forced_displacement" and lemma == "force":
            agent, target = None, agent  # a headline drops "were": "families forced out of …"
    if lemma in ("find", "discover", "recover", "exhume"):
        agent = None  # who found the dead did not kill them
    if target is not None and target.lower_ in REFLEXIVES and etype == "killing":
        return None  # "had hanged himself": a suicide, as told, is no killing
    if (convicted := _convicted_of(token)) is not None:
        agent = convicted  # "convicted three officers of beating …": the officers beat
    seized_things = etype == "harassment" and _belonging(target)  # "seized their laptops"
    owner = child_with(target, "poss") if seized_things and target is not None else None
    if owner is not None and owner.lower_ not in PERSONAL_PRONOUNS and is_person_like(owner):
        target = owner  # "seized the family's computers" harasses the family
    body_part = target is not None and target.lemma_.lower() in LIMBS | BODY_PARTS
    if body_part and target is not None and child_with(target, "poss") is not None:
        target = child_with(target, "poss")  # "held his head under water": done to him
    possessor = target is not None and target.tag_ == "PRP$"  # "his" after a body part
    named = _misread_name(target)  # "beat Danek Voss": a name the tagger took for a firm
    if lemma in NEEDS_PERSON and not (is_person_like(target) or possessor or named | seized_things):
        return None  # "released its earnings", "beating expectations", "the film was released"
    if agent is not None and agent.lemma_.lower() in NATURAL_CAUSES and not _fired_by(agent):
        return None  # a storm or a virus is not a perpetrator; "police fire" is
    hitter = agent is not None and (
        _payee(agent)
        or _person_word(agent)
        or is_person_like(agent)
        or (agent.tag_ == "NNS" and agent.lemma_.lower().endswith(("er", "or")))  # "interrogators"
    )
    if lemma in ("hit", "batter") and agent is not None and not hitter:
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


# Verbs by which a speaker calls on others to act, and the public such a call may go to:
# a call to the public to act against people incites; a call to a government demands.
PUBLIC_APPEALS = frozenset(
    {"urge", "call", "ask", "encourage", "tell", "exhort", "incite", "invite", "implore"}
)
PUBLIC_AUDIENCES = frozenset(
    {"viewer", "listener", "reader", "resident", "citizen", "patriot", "follower", "supporter"}
    | {"villager", "local", "youth", "neighbour", "neighbor", "fan", "subscriber", "believer"}
    | {"compatriot", "public", "audience", "crowd", "faithful", "countryman", "nation"}
    | {"everyone", "parishioner", "worshipper", "listenership", "viewership", "townspeople"}
)


def public_call(appeal: Token) -> Token | None:
    """The act a speaker calls on the public to do against people, or None: "urged viewers to
    'go out and clean the streets of this rabble'", "calling on 'patriots' to 'show them what
    the nation thinks of traitors'". Urging residents to vote is no such call: the act must
    be aimed at people, or quoted as the speaker's own words."""
    if is_negated(appeal) or modal_of(appeal) not in (None, "past"):
        return None
    audience = child_with(appeal, "dobj") or object_of_preposition(appeal, "on", "upon")
    particle = next((c for c in appeal.children if c.dep_ == "prt" and c.lower_ == "on"), None)
    if audience is None and particle is not None:
        audience = child_with(particle, "pobj")  # "calling on 'patriots' to …"
    if audience is None or audience.lemma_.lower() not in PUBLIC_AUDIENCES:
        return None
    act = child_with(appeal, "xcomp") or child_with(audience, "acl", "relcl")
    if act is None or act.pos_ not in ("VERB", "AUX"):
        return None
    quoted = any(t.text in ('"', "\u201c", "\u201d") for t in act.subtree)
    aimed = _called_against(act) is not None
    return act if quoted or aimed or act.lemma_.lower() in VIOLENT_CALLS else None


def _called_against(act: Token) -> Token | None:
    """The people a called-for act is aimed at: "show them", "clean the streets of this
    rabble", "pay him a visit"."""
    for token in act.subtree:
        if token.dep_ in ("dobj", "dative", "pobj") and (
            token.lower_ in ("them", "him", "her") or token.lemma_.lower() in VERMIN_WORDS
        ):
            return token
    return None


# Words that call people vermin or dirt, the language of incitement ("this rabble").
VERMIN_WORDS = frozenset(
    {"rabble", "scum", "vermin", "filth", "rat", "cockroach", "parasite", "traitor", "dog"}
)


# Those whose word that someone would be harmed is itself a threat, beyond captors.
ABDUCTORS = frozenset({"kidnapper", "abductor", "attacker", "assailant", "gunman", "militiaman"})
# Modals of what is promised to someone: "would", "will", "could disappear too".
PROMISING = frozenset({"would", "will", "'ll", "could", "might", "shall"})
# Verbs whose negation in a promise means death: "would not live to see", "won't survive".
LIVING = frozenset({"live", "survive"})
# Things whose mention in a promise to someone is a threat of death or harm.
DOOM_WORDS = frozenset(
    {"piece", "grave", "coffin", "bullet", "knife", "gun", "pistol", "axe", "corpse", "body"}
)


def _asked_about(victims: Token) -> bool:
    """ "how many people", "which detainees": people an embedded question asks about."""
    return any(t.lower_ in ("how", "which") and t.i < victims.i for t in victims.subtree)


# Where a player, not a person, is banished or sent: sport, not expulsion.
SPORT_PLACES = frozenset({"bench", "sideline", "sidelines", "stands", "dugout", "reserves"})


def _told_to(threaten: Token) -> bool:
    """ "threatened to report them": a threat to do something to someone, said to them."""
    act = child_with(threaten, "xcomp")
    return act is not None and any(
        is_person_like(t) for t in act.subtree if t.dep_ in ("dobj", "dative", "pobj")
    )


def _you_are_next(next_word: Token) -> bool:
    """ "you are next", "you're next", "you will be next": the threat of a marked victim."""
    before = [t.lower_ for t in next_word.doc[max(0, next_word.i - 3) : next_word.i]]
    after = next_word.doc[next_word.i + 1] if next_word.i + 1 < len(next_word.doc) else None
    ends = after is None or after.is_punct or after.is_quote  # not "you are next in line"
    return ends and "you" in before and bool({"are", "'re", "be", "\u2019re"} & set(before))


def _marked_thing(next_word: Token) -> Token | None:
    """Whose door or car bore the words: the subject of "was marked" or its owner."""
    for verb in next_word.ancestors:
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in ("be",):
            thing = subject_of(verb) if is_passive(verb) else child_with(verb, "dobj")
            owner = child_with(thing, "poss") if thing is not None else None
            return owner or thing
    return None


# What a bullet is sent in, as a threat: "a parcel containing a bullet".
PARCELS = frozenset({"parcel", "envelope", "letter", "package", "box", "packet"})


def _sent_in_a_parcel(bullet: Token) -> Detection | None:
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


def _told_harm(tell: Token) -> Detection | None:
    """ "told her she would not live to see the trial", "told him they would come back to
    kill him", "one woman was told that her son could disappear too", "they would send him
    back in pieces": harm promised to the person told, by the one telling, is a death
    threat. A warning of arrest or prosecution is not one (that is harassment, found
    elsewhere), nor is a promise the teller makes about himself."""
    if is_negated(tell) or is_conditional(tell) or modal_of(tell) not in (None, "past"):
        return None
    told = subject_of(tell) if is_passive(tell) else child_with(tell, "dobj", "dative")
    content = child_with(tell, "ccomp")
    if content is None and told is not None:
        content = child_with(told, "relcl")  # "warned the editor he would …": misattached
    if content is None or content.lemma_.lower() in SAYING_VERBS | THREAT_VERBS:
        return None  # "the kidnappers said …, his wife told us": she reports, not threatens
    if tell.lemma_.lower() == "say":  # "the kidnappers said they would send him back"
        speaker = subject_of(tell)
        told = child_with(content, "dobj") or child_with(content, "nsubjpass")
        # in a victim's own account "they said they would send him back in pieces": captors
        them = speaker is not None and speaker.lower_ == "they" and told is not None
        them = them and told.lower_ in PERSONAL_PRONOUNS - {"they", "them"}
        if speaker is None or (speaker.lemma_.lower() not in CAPTORS | ABDUCTORS and not them):
            return None
    if not is_person_like(told):
        return None
    verbs = [t for t in content.subtree if t.pos_ in ("VERB", "AUX")]
    if not any(modal_of(v) in PROMISING for v in verbs):
        return None
    lemmas = {LEMMA_FIXES.get(t.lower_, t.lemma_.lower()) for t in content.subtree}
    harmed = any(
        LEMMA_FIXES.get(v.lower_, v.lemma_.lower()) in THREATENED_HARMS - {"punish"}
        and not is_negated(v)
        and _harm_to_person(v)  # not "the case would disappear for a payment"
        for v in verbs
    )
    doomed = any(v.lemma_.lower() in LIVING and is_negated(v) for v in verbs)
    if not (harmed or doomed or lemmas & DOOM_WORDS):
        return None
    if lemmas & COERCION and not (doomed or harmed):
        return None
    agent = by_agent(tell) if is_passive(tell) else subject_of(tell)
    for verb in verbs:  # "was told that her son could disappear too": the son is threatened
        passive = is_passive(verb) or verb.lemma_.lower() in INTRANSITIVE
        victim = subject_of(verb) if passive else child_with(verb, "dobj")
        if harmed and victim is not None and victim.pos_ in ("NOUN", "PROPN"):
            if _harm_to_person(verb):
                told = victim
                break
    return Detection("event", "death_threat", tell, agent=agent, target=told, confidence=0.7)


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
    if verb.lower_ == "of" and verb.head.head != verb.head:
        verb = verb.head.head  # "received dozens of threatening messages"
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


def _left_custody(leave: Token) -> bool:
    """ "He left prison on Monday": the one leaving custody was freed (not "escaped")."""
    place = child_with(leave, "dobj")
    return (
        place is not None
        and place.lemma_.lower() in ("prison", "jail", "custody", "detention", "colony", "camp")
        and not any(c.dep_ in ("det", "poss") for c in place.children)  # "left the camp"
        and not is_negated(leave)
        and is_person_like(subject_of(leave))
    )


def _no_word_of(news: Token) -> Token | None:
    """ "the family has had no news of him since", "no information about the two students":
    nothing known of a person is how a disappearance is reported."""
    if not any(c.lower_ == "no" for c in news.children):
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


def _left_under_threat(leave: Token) -> bool:
    """ "left the country after receiving threats", "left the town to escape the demands",
    "left Rusk under police escort": flight, not a trip."""
    place = child_with(leave, "dobj")
    if place is None:
        return False
    named = place.ent_type_ == "GPE" or (place.pos_ == "PROPN" and place.ent_type_ != "PERSON")
    if named and not is_negated(leave):  # "I left Varnia because the police …"
        reasons = [c for c in leave.children if c.dep_ in ("advcl", "prep", "xcomp")]
        words = {t.lemma_.lower() for r in reasons for t in r.subtree}
        return bool(words & (CAPTORS | DANGER_WORDS | {"escort"}))
    if place.lemma_.lower() not in PLACES_LEFT:
        return False
    words = {t.lemma_.lower() for t in leave.sent}
    return bool(words & DANGER_WORDS)


# What a home is left for: flight from these is displacement, not a move.
DANGER_WORDS = frozenset(
    {"threat", "fear", "persecution", "threaten", "harassment", "danger", "escape", "attack"}
    | {"violence", "intimidation", "abuse", "reprisal", "raid", "demand", "extortion", "pressure"}
)
# Places whose leaving uproots someone: a country, a town, a home.
PLACES_LEFT = frozenset(
    {"country", "home", "village", "city", "region", "town", "area", "district", "province"}
    | {"house", "flat", "apartment", "land", "homeland", "settlement", "neighbourhood"}
)


def _crossed_abroad(cross: Token) -> bool:
    """ "about 900 people had crossed into Ossland", "we crossed the border at night": civilians
    crossing into another country flee; soldiers crossing it do not."""
    into = object_of_preposition(cross, "into", "to", "over")
    border = child_with(cross, "dobj")
    abroad = (
        into is not None and (into.ent_type_ == "GPE" or into.lemma_.lower() == "border")
    ) or (border is not None and border.lemma_.lower() in ("border", "frontier"))
    crosser = subject_of(cross)
    if crosser is None or crosser.lemma_.lower() in CAPTORS | OFFENDERS | {"troop", "tank"}:
        return False
    return abroad and (is_person_like(crosser) or crosser.lower_ in ("we", "i", "they"))


def _had_to_leave(leave: Token) -> bool:
    """ "I had to move flats four times", "families had to abandon their homes": a leaving one
    could not refuse, of a home or a country."""
    have = leave.head
    if leave.dep_ != "xcomp" or have.lemma_.lower() != "have" or is_negated(have):
        return False
    place = child_with(leave, "dobj") or object_of_preposition(leave, "from", "out")
    if place is None:
        return False
    return place.lemma_.lower() in PLACES_LEFT | {"flat", "apartment"} or place.ent_type_ == "GPE"


def _imperative(verb: Token) -> bool:
    """A bare verb opening a sentence or list item, with no subject: an instruction; and a
    bare verb joined to one ("Disclose his whereabouts and release him")."""
    if (
        verb.dep_ == "conj"
        and verb.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    ):
        return _imperative(clause_root(verb))
    if verb.tag_ not in ("VB", "VBP") or verb.dep_ != "ROOT":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children):
        return False
    before = [t for t in verb.sent if t.i < verb.i and (t.is_alpha and len(t) > 1)]
    # only list markers ("(c)", "-", "1.") and adverbs ("Immediately and unconditionally
    # release …") may come first
    adverbs = all(t.tag_ in ("RB", "CC") for t in before)
    return not before or (adverbs and any(t.tag_ == "RB" for t in before))


def _ordered_by_court(held: Token) -> bool:
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


def _harm_to_person(act: Token) -> bool:
    """Whom a promised harm falls on is a person or their body ("his legs would be broken")."""
    passive = is_passive(act) or act.lemma_.lower() in INTRANSITIVE
    victim = subject_of(act) if passive else child_with(act, "dobj")
    return is_person_like(victim) or (
        victim is not None and victim.lemma_.lower() in LIMBS | {"leg", "head", "bone", "knee"}
    )


def _message_says(say: Token) -> bool:
    """A message, letter or call that says someone will be harmed is a threat to them:
    "messages saying that I would be shot", "a text message warning that his legs would be
    broken"."""
    before = say.doc[max(say.i - 4, say.sent.start) : say.i]
    return any(t.lemma_.lower() in MEANS | {"note", "sms", "voicemail", "call"} for t in before)


def _threatened_act(act: Token) -> bool:
    """An act that is the content of a threat ("threatened to make her disappear")."""
    current = act
    for _ in range(3):
        if current.dep_ not in ("xcomp", "ccomp") or current.head == current:
            return False
        current = current.head
        if current.lemma_.lower() == "threaten":
            return True
    return False


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
    if token.lemma_.lower() in PERSON_NOUNS or _person_word(token):
        return True
    if token.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lemma_.lower().rstrip(".") in PERSON_NOUNS | HONORIFICS
        for c in token.children
    ):
        return True  # "blogger Sami Orlov": the title says it is a person whatever NER thinks
    if token.pos_ == "NUM" and token.dep_ in ("nsubj", "nsubjpass"):
        return True  # "12 were released": the people counted before
    if token.lemma_.lower() in OFFICES and object_of_preposition(token, "of") is not None:
        return True  # "the head of the association": a person by office
    included = object_of_preposition(token, "including")  # "the group, including nine children"
    if token.pos_ == "NOUN" and included is not None and included.lemma_.lower() in PERSON_NOUNS:
        return True
    if token.pos_ == "NOUN" and any(_name_in_apposition(token, c) for c in token.children):
        return True  # "the printer Oren Talvi": a trade named with its holder's name
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


# Nouns for a person by the office held: "the head of the association".
OFFICES = frozenset({"head", "chief", "chair", "director", "leader", "president", "secretary"})
# Endings of nouns for what someone does ("printer", "editor", "vendor", "librarian").
AGENT_NOUN_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")


def person_noun(noun: Token) -> bool:
    """A common noun for a person: "lawyer", "journalist", "the printer Oren Talvi"."""
    return noun.pos_ == "NOUN" and (
        noun.lemma_.lower() in PERSON_NOUNS
        or _person_word(noun)
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


def _misread_name(token: Token | None) -> bool:
    """A two- or three-word name the entity tagger labelled an organisation though nothing in
    it says so ("Danek Voss" beside "the Civic Union party"): as the object of a verb done only
    to people it is a person's name. Foreign names in translated reports are often misread."""
    if token is None or token.ent_type_ != "ORG" or token.pos_ != "PROPN":
        return False
    name = [t for t in token.doc.ents if t.start <= token.i < t.end]
    if not name or not 2 <= len(name[0]) <= 3:
        return False
    words = name[0]
    return all(t.pos_ == "PROPN" and t.text.istitle() for t in words) and not (
        {t.lower_ for t in words} & ORGANISATION_WORDS
    )


def _person_word(token: Token) -> bool:
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


def _particle(verb: Token, word: str) -> bool:
    """The verb's particle, even when the parser hangs it on the next phrase ("handed over
    3,000 dollars" with "over" read as a modifier of the number)."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return any(c.lower_ == word for c in verb.children) or (
        following is not None and following.lower_ == word
    )


def _handed_money(hand: Token) -> bool:
    over = next((c for c in hand.children if c.lower_ == "over"), None)
    money = child_with(hand, "dobj") or (child_with(over, "pobj") if over is not None else None)
    forced = _compelled(hand)
    paid = _is_money(money)
    return paid and (forced or _paid_for_freedom(hand))


def _compelled(act: Token) -> bool:
    """ "forced to hand over cash", "were forced for months to hand over …" (where the parser
    hangs the act on "months"): an act someone was made to do."""
    if act.dep_ == "xcomp":
        return act.head.lemma_.lower() in ("force", "make", "compel", "oblige", "coerce")
    if act.dep_ != "relcl" or not any(c.lower_ == "to" for c in act.children):
        return False
    verb = act.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    return verb.lemma_.lower() in ("force", "make", "compel", "oblige", "coerce")


def _paid_or_else(payment: Token) -> bool:
    """ "would be charged unless the family handed over 1,000 euros", "would be freed if he
    paid 500 euros": a price set on freedom or on sparing someone is the extortion itself."""
    if payment.lemma_.lower() not in ("pay", "hand"):
        return False
    mark = next((c.lower_ for c in payment.children if c.dep_ == "mark"), None)
    over = next((c for c in payment.children if c.lower_ == "over"), None)
    money = child_with(payment, "dobj") or (child_with(over, "pobj") if over is not None else None)
    if not _is_money(money):
        return False
    if mark == "unless":
        return True
    freed = payment.head  # "could go home if my family paid 10,000 calderi"
    going_home = freed.lemma_.lower() == "go" and any(c.lower_ == "home" for c in freed.children)
    case = subject_of(freed)  # "the charges could be reclassified if she paid him 10,000"
    favour = case is not None and case.lemma_.lower() in CASE_FILES
    return mark == "if" and (freed.lemma_.lower() in FREED or going_home or favour)


# What an official may sell a change to: the charges, the case, the file, the sentence.
CASE_FILES = frozenset({"charge", "case", "file", "complaint", "sentence", "investigation"})


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
    """ "guards took money from prisoners", "collect 50 krona from each stall": money taken
    from people, or from what they own or run, by those who hold power over them."""
    money = child_with(take, "dobj")
    source = object_of_preposition(take, "from")
    if source is None and money is not None:
        source = object_of_preposition(money, "from")  # "collect 50 krona from each stall"
    owners = source is not None and source.lemma_.lower() in TAKEN_FROM
    return money is not None and _is_money(money) and (is_person_like(source) or owners)


# What money is taken from that stands for its owners: "from each stall", "from every shop".
TAKEN_FROM = frozenset(
    {"stall", "shop", "business", "family", "household", "trader", "vendor", "store", "kiosk"}
    | {"driver", "car", "vehicle", "truck", "bus", "taxi", "market", "farm", "village", "home"}
)


def _is_money(token: Token | None) -> bool:
    """A sum of money: named as such ("cash", "a bribe") or by any currency ("500 calderi")."""
    return token is not None and (token.lemma_.lower() in MONEY or _sum_of_currency(token))


def _sum_of_currency(token: Token) -> bool:
    """The currency noun of a sum, even in a currency no lexicon knows: what the tagger labels
    money, or a counted thing paid, demanded or handed over ("paid 10,000 calderi")."""
    if token.pos_ == "NUM":  # "$2,000", "€500": the sign is the currency
        return any(c.tag_ == "$" for c in token.children)
    if token.pos_ != "NOUN" or not any(c.dep_ == "nummod" for c in token.children):
        return False
    if token.ent_type_ == "MONEY" or token.lemma_.lower().removesuffix("s") in CURRENCIES:
        return True
    paying = token.head.lemma_.lower() in PAYMENT_DEMANDS | {"pay", "take", "hand", "give"}
    return (
        token.dep_ == "dobj"
        and paying
        and not is_person_like(token)
        and token.lemma_.lower() not in ENDURED | {"hour", "minute", "time", "visit", "step"}
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
        return freed is None or is_person_like(freed) or freed.tag_ == "PRP$"
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
    paid_to = child_with(pay, "dative")  # "paid police more than 40 times"
    if paid_to is not None and paid_to.lemma_.lower() in CAPTORS | OFFICIALS:
        payee = payee or paid_to
    official = (paid is not None and paid.lemma_.lower() in CAPTORS | OFFICIALS) or (
        payee is not None and payee.lemma_.lower() in CAPTORS | OFFICIALS
    )
    repeated = {t.lemma_.lower() for t in pay.sent} & REPEATED_PAYMENTS
    if official and repeated and not is_negated(pay):
        return True  # "had paid police more than 40 times": a levy, not a fee
    if _payee(paid) or (payee is not None and payee.lemma_.lower() in CAPTORS):
        context = {t.lemma_.lower() for t in pay.sent}  # "paid 2,000 dollars to an officer"
        bought = {"release", "free", "freedom", "let", "body", "bail", "exchange", "bribe"}
        bought |= {"food", "medicine", "visit", "protection", "charge"}  # favours in custody
        return bool(context & bought) or forced  # "paid officials in exchange for news of him"
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


def _violence_called(call: Token) -> tuple[Token, Token | None] | None:
    """The act a call is for, and the people it is aimed at: "call to hunt down migrants"
    (hunt, migrants), "call to expel 'traitors'" (expel, traitors), "a call to lynching"."""
    if call.lemma_.lower() not in ("call", "appeal"):
        return None
    act = call.head  # a headline's "call to 'hunt down' migrants" may hang the call on the act
    if call.dep_ == "nsubj" and act.lemma_.lower() in VIOLENT_CALLS and act.i > call.i:
        if any(c.lower_ == "to" and c.dep_ == "aux" for c in act.children):
            return act, child_with(act, "dobj")
    for child in call.children:
        if child.dep_ == "acl" and child.lemma_.lower() in VIOLENT_CALLS:
            return child, child_with(child, "dobj")
        if child.dep_ == "prep" and child.lower_ in ("to", "for"):
            called = next((g for g in child.children if g.dep_ == "pobj"), None)
            if called is None:
                continue
            if called.lemma_.lower() in VIOLENT_NOUNS:
                return called, object_of_preposition(called, "of", "against")
            acts = [g for g in called.children if g.dep_ == "amod" and g.lower_ in VIOLENT_CALLS]
            if acts and (is_person_like(called) or called.tag_ == "NNS"):  # "to expel 'traitors'"
                return acts[0], called
    return None


def _calls_to_violence(call: Token) -> bool:
    return _violence_called(call) is not None


def _call_to_violence(call: Token) -> Detection | None:
    """A public call on others to attack or drive out a group is incitement, by whoever made
    it ("the preacher's call", "issued a call")."""
    found = _violence_called(call)
    if found is None:
        return None
    _, target = found
    caller = child_with(call, "poss")
    if caller is None and call.dep_ == "dobj" and not is_passive(call.head):
        caller = subject_of(call.head)
    if is_negated(call.head) or under_denial(call):
        return None
    return Detection(
        "event", "incitement", call, agent=caller, target=target, nominal=True, confidence=0.7
    )


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


def _unacknowledged(act: Token) -> bool:
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
    refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("refuse", "decline", "fail")
    return is_negated(verb) or refused


def _in_exchange(money: Token) -> bool:
    """ "in exchange for money": a favour sold by whoever offers it."""
    prep = money.head
    offered = prep.head.dep_ == "xcomp" and prep.head.head.lemma_.lower() == "offer"
    return prep.lower_ == "for" and (prep.head.lower_ in ("exchange", "return") or offered)


def _victim_of_last_conjunct(act: Token) -> Token | None:
    """In a list of nominalised acts the victim phrase after the last one is shared by all:
    "the harassment, arrest and disbarment of lawyers" harasses and arrests the lawyers."""
    first = act
    while first.dep_ == "conj" and first.head.pos_ == act.pos_:
        first = first.head
    listed = [first, *first.conjuncts]
    last = max(listed, key=lambda t: t.i)
    if last == act or last.i < act.i or last.lemma_.lower() not in NOUN_EVENTS:
        return None
    return object_of_preposition(last, "of", "against")


def _every_one(noun: Token) -> bool:
    """ "all persons", "every detention", "any detainee": a class the sentence generalises
    over (rebuttals' "all persons held are treated lawfully"), not acts that happened. A count
    ("all 40 people detained") still tells of the acts."""
    quantified = any(
        c.dep_ == "det" and c.lower_ in ("all", "every", "each", "any") for c in noun.children
    )
    return quantified and not any(c.dep_ == "nummod" for c in noun.children)


def _correction_of(act: Token) -> bool:
    """What "an earlier version" of a story said: a figure or claim the correction withdraws."""
    for governor in _governors(act):
        if governor.lemma_.lower() in ("say", "report", "state"):
            teller = subject_of(governor)
            return (
                teller is not None
                and teller.lemma_.lower() in ("version", "draft")
                and any(c.lower_ in ("earlier", "previous", "original") for c in teller.children)
            )
    return False


def _no_evidence_of(act: Token) -> bool:
    """ "found no evidence of ill-treatment", "no sign of torture": the act is ruled out."""
    prep = act.head
    found = prep.head if act.dep_ == "pobj" and prep.lower_ == "of" else None
    return (
        found is not None
        and found.lemma_.lower() in ("evidence", "sign", "trace", "proof", "indication")
        and any(c.lower_ == "no" for c in found.children)
    )


def _verified(death: Token) -> bool:
    """ "has verified the deaths of 19 of them": deaths a monitor counts and confirms are the
    killings it reports on, not natural deaths."""
    counted = object_of_preposition(death, "of")
    return (
        death.dep_ == "dobj"
        and death.head.lemma_.lower() in ("verify", "document", "confirm", "record")
        and counted is not None
        and (counted.pos_ == "NUM" or any(c.dep_ == "nummod" for c in counted.children))
    )


def _victims_held(death: Token) -> bool:
    """ "the deaths of detainees": people in custody died."""
    victim = object_of_preposition(death, "of")
    if victim is None:
        return False
    titles = [victim] + [c for c in victim.children if c.dep_ in ("compound", "amod")]
    return any(  # "the death of detainee Artur Korsh": the title says he was held
        t.lemma_.lower() in ("detainee", "prisoner", "inmate", "captive", "hostage") for t in titles
    )


def _in_custody(death: Token) -> bool:
    following = death.doc[death.i + 1 : death.i + 3]  # "the death in custody of …" misattached
    words = {t.lower_ for t in death.subtree} | {t.lower_ for t in following}
    return bool(words & {"custody", "detention", "prison", "jail", "cell"})


def _happened(act: Token) -> bool:
    """A named act said to take place, or counted: "40 arrests", "the killings continued",
    "212 cases of torture"."""
    if any(c.dep_ == "nummod" for c in act.children):
        return True
    cases = act.head.head if act.dep_ == "pobj" and act.head.lower_ == "of" else None
    if cases is not None and cases.lemma_.lower() in CASE_NOUNS:
        return any(c.dep_ == "nummod" for c in cases.children)
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
    if whereabouts.dep_ == "pobj" and verb.lower_ in ("of", "about", "on", "regarding"):
        known = verb.head  # "no information about his fate", "deny any knowledge of …"
        if known.lemma_.lower() in KNOWLEDGE:
            return any(c.lower_ == "no" for c in known.children) or denier_of(known) is not None
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
    described = None
    if token.dep_ == "relcl" and governor.dep_ == "attr" and governor.head.lemma_ == "be":
        described = subject_of(governor.head)  # "the Veshani were 'a disease that must be …'"
        governor = governor.head
    if governor.pos_ in ("NOUN", "PROPN", "PRON") and token.dep_ == "relcl":
        governor = governor.head  # "warned the prisoners they would be shot"
    if _alternative(token) and governor.dep_ == "xcomp":
        governor = governor.head  # "told them to leave or be shot": the teller threatens
    caller = subject_of(governor) if governor != token else None
    if _message_says(governor):
        caller = None  # "messages saying I would be shot": the sender is not the recipient
    if is_passive(token):
        target = subject_of(token)
        if target is not None and target == caller:
            target = None
    elif token.lemma_.lower() in ("leave", "disappear"):
        target = child_with(token, "nsubj")  # "such men should leave Osk": the men, not Osk
    else:
        target = child_with(token, "dobj")
    if described is not None:
        target = described
        caller = subject_of(governor.head) if governor.dep_ == "ccomp" else None
    if etype == "incitement" and caller is None:
        caller = subject_of(token) if not is_passive(token) else None
    return Detection(
        "event", etype, token, agent=caller, target=target, confidence=0.8, called=True
    )


def _noun_event(token: Token, lemma: str) -> Detection | None:
    if token.dep_ == "compound":
        return None
    if (
        token.dep_ == "pobj"
        and token.head.head.pos_ == "NOUN"
        and _calls_to_violence(token.head.head)
    ):
        return None  # "a call to lynching" is the incitement, not a lynching
    modifiers = {c.lower_ for c in token.children}
    if modifiers & {"press", "no", "without"} or any(c.dep_ == "neg" for c in token.children):
        return None
    if _no_evidence_of(token) or _every_one(token):
        return None  # "every detention was carried out in accordance with the law"
    etype = NOUN_EVENTS[lemma]
    if lemma in MODIFIED_ACTS and MODIFIED_ACTS[lemma] not in modifiers:
        return None
    if lemma == "reprisal" and not (
        is_person_like(object_of_preposition(token, "against"))
        or token.head.lemma_.lower() in EXPERIENCE
    ):
        return None  # "reprisals against defenders who cooperated with the UN", "faced reprisals"
    if lemma == "execution" and "mock" in modifiers:
        etype = "torture"  # a mock execution is a method of torture, not a killing
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
    endured = token.head.lower_ == "to" and token.head.head.lemma_.lower() == "subject"
    if lemma in ("search", "confiscation") and not (_searched_of_person(token) or endured):
        return None  # "the search for survivors", "a search of the area"
    if lemma == "sentencing" and not {t.lower_ for t in token.sent} & CUSTODY_WORDS:
        return None  # a prison sentence deprives of liberty; a fine does not
    if lemma == "return" and not modifiers & {"forced", "forcible"}:
        return None  # a return is only an abuse when forced
    if etype == "detention" and (_no_record(token) or _unacknowledged(token)):
        etype = "enforced_disappearance"  # "no record of his arrest", "not acknowledged his arrest"
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
    if lemma == "death" and not (_in_custody(token) or _victims_held(token) or _verified(token)):
        return None  # only a death in custody is an act; other deaths need a killer
    if lemma == "abuse" and object_of_preposition(token, "of", "against") is None:
        if "sexual" not in modifiers or token.head.lemma_.lower() not in EXPERIENCE:
            return None  # "described sexual abuse by guards" is the act; "drug abuse" is not
    if lemma == "release" and token.head.lemma_.lower() in RELEASE_SOUGHT:
        return None
    if token.head.lower_ in BACKGROUND and token.dep_ == "pobj":
        return None  # "since their arrest", "after his release": an act already told
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and token.head.head.lemma_.lower()
        in (
            "day",
            "night",
            "eve",
            "morning",
            "evening",
            "anniversary",
            "date",
        )
        and any(c.lower_ == "the" for c in token.head.head.children)
        and child_with(token, "poss") is not None
    ):
        return None  # "on the day of his arrest" dates something else by a known act
    if token.dep_ == "nsubj" and token.head.lemma_.lower() == "come":
        return None  # "Tarn's release came a day after …" dates a known act
    victim = object_of_preposition(token, "of", "against") or _displaced_of(token)
    if victim is None:
        victim = child_with(token, "poss")
        if victim is not None and victim.ent_type_ in ("DATE", "TIME"):
            victim = None  # "last week's massacre" is dated, not owned
    if victim is None and token.dep_ == "conj":  # "the imprisonment and torture of gay men"
        victim = object_of_preposition(token.head, "of", "against")
    if victim is None:  # "the harassment, arrest and disbarment of lawyers": the last one's
        victim = _victim_of_last_conjunct(token)
    if victim is None and lemma == "death":  # "the death in custody of Ivo Marsh": the "of"
        custody = next(
            (t for t in token.doc[token.i + 1 : token.i + 4] if t.lower_ == "custody"), None
        )
        victim = object_of_preposition(custody, "of") if custody is not None else None
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
    if head.dep_ in ("prep", "agent") and head.lower_ not in NOUN_PREPOSITIONS:
        head = head.head  # "subjected to torture", "targeted by a smear campaign"
    if head.lemma_.lower() in AMOUNT_NOUNS and head.head != head:
        head = head.head  # "received a series of death threats": the series is the threats
    if lemma in PAYMENT_NOUNS and head.lemma_.lower() in MONEY_WRAPPERS and head.head != head:
        head = head.head  # "asked her for a gift of 1,000 euros": the gift is the money
        if head.dep_ == "prep":
            head = head.head
    head_lemma = head.lemma_.lower()
    if head_lemma in ("halt", "end", "stop", "cease") and intent_governor(head) is not None:
        return None  # "urged Marovia to halt the deportation of …": what is asked for
    if head_lemma in ("halt", "end", "stop", "cease") and modal_of(head) in ("must", "should"):
        return None  # "Tarsova must halt deportations of …": a demand, told as one
    governed = head_lemma in EXPERIENCE or head.lower_ in NOUN_PREPOSITIONS
    if etype == "torture" and head_lemma in ("keep", "hold", "force", "place", "put"):
        governed = True  # "kept in stress positions": the one kept suffers it
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
    if head_lemma == "ask" and asked is None and head.dep_ == "advcl" and modifiers & REPEATED:
        asked = child_with(head.head, "dobj")  # "called me twice asking for more money"
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
    if head.lower_ == "under" and modal_of(head.head) not in (None, "past"):
        return None  # "fear they will be placed under surveillance"
    hedged = governed and modal_of(head) == "past"  # "may have been subjected to torture"
    if governed and head.pos_ in ("VERB", "AUX") and is_negated(head):
        if victim is None:
            return None
        denied = True  # "no detainee has been subjected to physical pressure"
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

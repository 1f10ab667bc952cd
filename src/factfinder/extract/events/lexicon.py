"""Event lexicons: the trigger words, and the word lists more than one rule family reads."""

from __future__ import annotations

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
    "vilify": "harassment",
    "doxx": "harassment",
    "dox": "harassment",
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
# Verbs of not doing what was asked: "refused to disclose", "failed to confirm".
REFUSING = frozenset({"refuse", "decline", "fail"})
# Verbs of making someone act: "forced to sign", "obliged to hand over".
COMPELLING = frozenset({"force", "make", "compel", "oblige", "coerce"})
# How a demand or threat arrives, which a "by" phrase names instead of a sender.
MEANS = frozenset({"phone", "telephone", "mail", "email", "letter", "message", "text", "post"})
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
# Verbs of taking money from someone: "took", "collected", "extracted", "squeezed" it.
MONEY_TAKING = frozenset({"take", "collect", "extract", "squeeze", "levy", "exact", "skim"})
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
# Positions imposed for hours as punishment ("forced to stand for hours").
STRESS_POSITIONS = frozenset({"stand", "kneel", "squat", "crouch", "sit"})
# Jobs and posts a person is dismissed from in reprisal.
POSTS = frozenset(
    {"job", "post", "position", "university", "school", "work", "office", "bar", "association"}
    | {"chamber", "faculty", "college", "hospital", "newspaper", "profession", "union"}
)
# Verbs of holding or aiming a weapon ("held a pistol to her head", "pointed a gun at him").
AIMING = frozenset({"hold", "point", "press", "put", "aim", "level", "place"})
# Verbs whose negation by relatives reports someone missing ("cannot locate her").
SEARCHING = frozenset({"locate", "find", "trace", "reach"})
# Harms that, promised to a person ("his legs would be broken"), threaten their life or body.
THREATENED_HARMS = (
    KILL
    | {"break", "beat", "rape", "burn", "hurt", "torture", "disappear", "maim"}
    | {"behead", "decapitate", "stab", "strangle", "lynch", "slaughter", "mutilate"}
)
# What someone in custody did not survive: a time, or the abuse.
ENDURED = frozenset(
    {"night", "day", "week", "month", "winter", "year", "ordeal", "beating", "torture", "detention"}
)
# Verbs that carry a threat or a call in someone's words ("said they would kill her"): the
# plain verbs of saying among attribution.REPORTING_VERBS, not its "allege", "hear", "find" ….
SAYING_VERBS = frozenset({"say", "declare", "state", "announce", "insist", "write"})
KIN = frozenset({"family", "relative", "kin", "clan", "father", "brother", "community"})
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
# Forms the small model lemmatises wrongly ("raped" → "rap").
LEMMA_FIXES = {
    "raped": "rape",
    "rapes": "rape",
    "raping": "rape",
    "waterboarded": "waterboard",
    "shamed": "shame",
    "fined": "fine",  # the small model lemmatises "fined" as "fin"
    "doxxed": "doxx",  # … and "doxxed" as "doxxe"
    "doxed": "dox",
}
# Verbs whose subject is in custody: "remains in detention", "spent a year in prison".
CUSTODY_STATES = frozenset({"remain", "be", "stay", "languish", "spend"})
# Prepositions that place a named act in the background of another: "since his arrest".
BACKGROUND = frozenset({"since", "after", "before", "following", "until", "upon", "prior"})
# What is left of the dead: "the bodies were returned" frees no one, "remains were found".
REMAINS = frozenset({"body", "corpse", "remains"})
LIMBS = frozenset({"wrist", "arm", "hand", "foot", "feet", "leg", "ankle", "thumb", "hair"})
BODY_PARTS = frozenset(
    {"head", "face", "body", "back", "neck", "finger", "nail", "genitals", "stomach", "chest"}
    | {"sole", "sol", "rib", "kidney", "groin", "shoulder", "ear", "eye", "knee", "shin", "palm"}
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
HOME_WORDS = frozenset({"home", "house", "street", "family", "apartment", "flat", "office", "bed"})
# Requests for what someone knows about a person's fate: "no information about his fate".
KNOWLEDGE = frozenset({"knowledge", "information", "news", "word", "trace"})
# Words that call people vermin or dirt, the language of incitement ("this rabble").
VERMIN_WORDS = frozenset(
    {"rabble", "scum", "vermin", "filth", "rat", "cockroach", "parasite", "traitor", "dog"}
)

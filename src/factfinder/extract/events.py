"""Event triggers (acts done to people) found in a parsed sentence, with agent and target tokens.

Policy, applied the same way everywhere:
- Active and passive voice both work: "police detained them" and "they were detained by
  police" give agent "police", target "them".
- A verb conjoined to a trigger shares its subject and voice: "detained and tortured"
  gives two claims with the same target.
- A nominalised act ("the imprisonment and torture of gay men") is an event when it has
  a victim ("of …", "his arrest") or is what someone condemned, faced or suffered; it is
  asserted by whoever the sentence says asserts the enclosing statement.
- What did not happen is not an event: negated acts ("were not detained"), hypotheticals
  ("could be detained if"), futures and intentions ("will release", "agreed to free"),
  questions, and acts a speaker denies produce no event claim (a denial is a deny
  statement). Speculation about the past ("may have been killed") is an event, hedged.
- Calls to eliminate a group are incitement; telling someone a person should be killed
  is a death threat.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from factfinder.extract.actors import by_agent, child_with, object_of_preposition, subject_of

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
}
NOUN_EVENTS = {
    "elimination": "incitement",
    "extermination": "incitement",
    "money": "extortion",
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
    "surveillance": "harassment",
    "raid": "harassment",
    "release": "release",
    "incitement": "incitement",
}
# Verbs whose subject undergoes the act: the displaced flee, the disappeared disappear.
INTRANSITIVE = frozenset({"flee", "disappear", "die", "miss", "vanish", "go", "seek", "escape"})
ELIMINATE = frozenset({"eliminate", "exterminate", "annihilate", "cleanse", "purge", "wipe"})
KILL = frozenset({"kill", "murder", "execute", "shoot", "punish", "harm", "hang", "eliminate"})
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
    }
)
PAYMENT_DEMANDS = frozenset({"demand", "ask", "extort", "require", "seek", "want", "request"})
PLACES_SEARCHED = frozenset(
    {"office", "offices", "premises", "apartment", "home", "homes", "house"}
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
    }
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
LEMMA_FIXES = {"raped": "rape", "rapes": "rape", "raping": "rape"}
PREVALENT = frozenset(
    {"widespread", "systematic", "routine", "common", "rampant", "endemic", "prevalent"}
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


def clause_root(token: Token) -> Token:
    """The first verb of a coordination: "detained and tortured" → "detained"."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


def is_negated(token: Token) -> bool:
    """Whether the verb (or the coordination it belongs to) is negated."""
    for verb in {token, clause_root(token)}:
        for child in verb.children:
            if child.dep_ == "neg" or child.lower_ in ("never", "not", "n't"):
                return True
        subject = child_with(verb, "nsubj", "nsubjpass")
        if subject is not None and subject.lower_ in ("nobody", "none", "noone"):
            return True
        if (
            subject is not None
            and subject.lower_ == "one"
            and any(c.lower_ == "no" for c in subject.children)
        ):
            return True
    return False


def modal_of(token: Token) -> str | None:
    """The modal on the verb or its coordination, unless it is a past speculation."""
    for verb in (token, clause_root(token)):
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
    for verb in (token, clause_root(token)):
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            return True
    return token.tag_ == "VBN" and token.dep_ in ("acl", "amod", "xcomp", "advcl")


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
    for governor in _governors(token):
        lemma = governor.lemma_.lower()
        if lemma in DENY_VERBS:
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
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            detection = _verb_event(token, lemma)
        elif token.pos_ in ("NOUN", "PROPN") and lemma in NOUN_EVENTS:
            detection = _noun_event(token, lemma)
        elif token.lower_ == "threatening" and token.dep_ == "amod" and token.head.pos_ == "NOUN":
            detection = _threatening(token.head)  # "received threatening phone calls"
        elif lemma in ("whereabouts", "fate") and _unknown(token):
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
    return found


def _verb_type(token: Token, lemma: str) -> str | None:
    children = {c.lower_ for c in token.children}
    if lemma in ELIMINATE or (lemma in KILL and modal_of(token) in ("should", "must")):
        return _call_type(token)
    if lemma in KILL and modal_of(token) in ("would", "will", "'ll"):
        # "warned him that he would be killed", "told the men they would be shot"
        governor = clause_root(token).head
        if governor.lemma_.lower() in THREAT_VERBS and governor != token:
            return "death_threat"
        return None
    if lemma == "wipe" and "out" in children:
        return _call_type(token)
    governor = intent_governor(token)
    if governor is not None and governor.lemma_.lower() in CALL_VERBS and lemma in VIOLENT_CALLS:
        if lemma != "drive" or "out" in children:
            return "incitement"
    if lemma == "threaten":
        # a threat to kill or harm is a death threat; one of arrest or prosecution harasses
        words = {t.lemma_.lower() for t in token.subtree}
        if words & {"kill", "death", "murder", "shoot", "harm", "rape", "violence"}:
            return "death_threat"
        if words & {"arrest", "prosecution", "prosecute", "dismissal", "fine", "jail", "expel"}:
            return "harassment"
        threatened = subject_of(token) if is_passive(token) else child_with(token, "dobj")
        return "death_threat" if is_person_like(threatened) else "harassment"
    if lemma in ("keep", "place", "put", "send", "lock", "confine", "remand") and _into_custody(
        token
    ):
        return "detention"  # "placed in detention", "sent to a camp", "kept in a basement"
    if lemma == "seek" and "asylum" in {t.lower_ for t in token.subtree}:
        return "forced_displacement"
    if lemma == "escape" and object_of_preposition(token, "to") is not None:
        return "forced_displacement"  # "escaped to Moscow"; escaping a prison is not flight
    if lemma == "go" and "hiding" in {t.lower_ for t in token.subtree}:
        return "forced_displacement"
    if lemma == "hold":
        return "detention" if is_passive(token) and _held_person(token) else None
    if lemma == "take" and _taken_into_custody(token):
        return "detention"  # "they took me to a police station"
    if lemma == "take" and not is_passive(token) and "away" not in children:
        return None
    if lemma == "take" and not is_passive(token):
        taken = child_with(token, "dobj")
        if "away" in children and taken is not None and taken.lemma_.lower() in PERSON_NOUNS:
            return "detention"
        return None
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
    if lemma == "out" and child_with(token, "dobj", "nsubjpass") is None:
        return None  # "outed" as someone's sexuality needs a person outed
    if lemma == "gun" and "down" in children:
        return "killing"
    if lemma == "treat" and token.i >= 2 and token.doc[token.i - 2].lower_ == "ill":
        return "torture"  # "ill-treated" is three tokens
    if lemma == "return" and is_passive(token):
        relatives = object_of_preposition(token, "to")
        if relatives is not None and relatives.lemma_.lower() in ("family", "relative", "parent"):
            return "release"
    if lemma == "tap" and is_passive(token):
        return "harassment"  # "their phones have been tapped"
    if lemma == "follow" and is_passive(token) and is_person_like(subject_of(token)):
        return "harassment" if is_person_like(by_agent(token)) else None
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
    if lemma == "set" and "free" in children:
        return "release"
    if (
        lemma in ("leave",)
        and token.dep_ == "xcomp"
        and token.head.lemma_.lower() in ("force", "compel")
    ):
        return "forced_displacement"
    if lemma == "die":
        words = {t.lower_ for t in token.subtree}
        return "killing" if words & {"custody", "detention", "torture", "prison", "jail"} else None
    if lemma == "shoot" and ("dead" in children or is_passive(token)):
        return "killing"
    if lemma == "stab":
        return "killing" if _to_death(token) else "torture"
    if lemma in ("search", "raid"):
        searched = subject_of(token) if is_passive(token) else child_with(token, "dobj")
        if searched is not None and searched.lemma_.lower() in HOME_WORDS | PLACES_SEARCHED:
            return "harassment"
        return "harassment" if lemma == "raid" and is_passive(token) else None
    if lemma == "sentence" and is_passive(token):
        return "detention" if {t.lower_ for t in token.subtree} & CUSTODY_WORDS else None
    if lemma == "miss" and token.lower_ == "missing" and child_with(token, "dobj") is None:
        return "enforced_disappearance" if subject_of(token) is not None else None
    if lemma == "pay" and _money_for_freedom(token):
        return "extortion"
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


def _held_person(token: Token) -> bool:
    """ "Held" deprives someone of liberty only when a person is held, or held in custody."""
    words = {t.lower_ for t in token.subtree}
    if words & CUSTODY_WORDS:
        return True
    held = subject_of(token)
    return held is not None and (held.ent_type_ == "PERSON" or held.lemma_.lower() in PERSON_NOUNS)


def _call_type(token: Token) -> str | None:
    """Incitement when a call or wish governs an act of elimination; a threat when told."""
    governor = token.head if token.dep_ in ("ccomp", "xcomp", "advcl", "conj") else None
    while governor is not None and governor.dep_ == "conj":
        governor = governor.head
    lemma = governor.lemma_.lower() if governor is not None else ""
    if lemma in THREAT_VERBS and child_with(governor, "dobj", "dative") is not None:
        return "death_threat"
    if lemma in CALL_VERBS or modal_of(token) in ("should", "must"):
        return "incitement"
    return None


def _verb_event(token: Token, lemma: str) -> Detection | None:
    etype = _verb_type(token, lemma)
    if etype is None or token.dep_ == "amod":  # "detained activists" names people, not an act
        return None
    if token.dep_ == "acl" and any(g.lemma_.lower() in INTENT_VERBS for g in _governors(token)):
        return None  # "urged them to release all those detained": who is to be freed
    if lemma == "threaten":  # a threat made on a condition is still a threat
        if is_negated(token) or under_denial(token) or modal_of(token) not in (None, "past"):
            return None
        return _threat(token, etype)
    called = etype in ("incitement", "death_threat") and lemma in ELIMINATE | KILL | VIOLENT_CALLS
    if is_negated(token) or under_denial(token) or (is_conditional(token) and not called):
        return None  # a threat or a call made on a condition is still made
    modal = modal_of(token)
    hedged = modal == "past" or _accused(token)
    if called:
        return _call_event(token, etype)
    if modal is not None and modal != "past" and not _habitual(token, modal):
        return None
    if intent_governor(token) is not None:
        return None
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
        return Detection("event", etype, token, agent=subject_of(token), target=target)
    if lemma == "extort":  # "extorted money from the prisoners' relatives"
        victim = object_of_preposition(token, "from")
        return Detection(
            "event", etype, token, agent=subject_of(token), target=victim, confidence=0.85
        )
    if lemma == "pay":  # the payer is the victim, the payee the extorter
        payee = object_of_preposition(token, "to")
        return Detection(
            "event", etype, token, agent=payee, target=subject_of(token), confidence=0.8
        )
    if lemma in INTRANSITIVE or lemma == "leave":
        return Detection(
            "event", etype, token, target=subject_of(token), hedged=hedged, confidence=0.75
        )
    if is_passive(token):
        agent = by_agent(token)
        target = _noun_before_being(clause_root(token)) or subject_of(token)
    else:
        agent = subject_of(token)
        target = (
            child_with(token, "dobj")
            or child_with(clause_root(token), "dobj")
            or _shared_object(token)
        )
    if lemma in NEEDS_PERSON and not is_person_like(target):
        return None  # "released its earnings", "beating expectations", "the film was released"
    if agent is not None and agent.lemma_.lower() in NATURAL_CAUSES:
        return None  # a storm or a virus is not a perpetrator
    if etype == "torture" and _to_death(token):
        etype = "killing"
    confidence = 0.6 + 0.15 * (agent is not None) + 0.15 * (target is not None)
    return Detection(
        "event", etype, token, agent=agent, target=target, hedged=hedged, confidence=confidence
    )


def _shared_object(verb: Token) -> Token | None:
    """ "kicked and punched the prisoners": the object of the last verb is everyone's."""
    for conjunct in verb.children:
        if conjunct.dep_ == "conj" and conjunct.pos_ == "VERB":
            obj = child_with(conjunct, "dobj")
            if obj is not None:
                return obj
    return None


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
    if place is None or place.lemma_.lower() not in (
        "country",
        "home",
        "village",
        "city",
        "region",
    ):
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
    if token.ent_type_ in ("PERSON", "NORP") or token.lower_ in PERSONAL_PRONOUNS:
        return True
    if token.lemma_.lower() in PERSON_NOUNS:
        return True
    if token.pos_ in ("NOUN", "NUM", "PRON", "ADJ") and token.lower_ not in PERSONAL_PRONOUNS:
        members = object_of_preposition(token, "of")  # "dozens of men", "two of the activists"
        if members is not None and members.lemma_.lower() in PERSON_NOUNS:
            return True
    return any(c.dep_ == "nummod" for c in token.children) and token.tag_ in ("NNS", "NNPS")


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


def _money_for_freedom(pay: Token) -> bool:
    """ "forced to pay 2,000 euros to secure their release": paying for freedom is extortion."""
    paid = child_with(pay, "dobj")
    if paid is None or paid.lemma_.lower() in ("bribe", "ransom"):  # the noun is the trigger
        return False
    words = {t.lemma_.lower() for t in pay.subtree}
    forced = pay.dep_ == "xcomp" and pay.head.lemma_.lower() in (
        "force",
        "make",
        "demand",
        "compel",
    )
    return bool(words & {"release", "freedom"}) or forced


def _for_release(token: Token) -> bool:
    """ "payment … for his release / for protection": money demanded for freedom or safety."""
    words = {t.lemma_.lower() for t in token.head.subtree}
    return bool(words & {"release", "freedom", "protection", "silence", "return"})


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


def _in_custody(death: Token) -> bool:
    words = {t.lower_ for t in death.subtree}
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
    return any(c.lower_ in ("unknown", "unclear") for c in verb.children)


def _noun_before_being(verb: Token) -> Token | None:
    """ "accounts of men being taken": the noun right before "being" is who underwent it."""
    if verb.i < 2 or child_with(verb, "nsubjpass") is not None:
        return None
    before = verb.doc[verb.i - 1]
    noun = verb.doc[verb.i - 2]
    if before.lower_ == "being" and noun.pos_ in ("NOUN", "PROPN"):
        return noun
    return None


def _call_event(token: Token, etype: str) -> Detection:
    """Incitement or threat: the caller is the governing verb's subject, the target the act's."""
    governor = token.head
    while governor.dep_ == "conj":
        governor = governor.head
    caller = subject_of(governor) if governor != token else None
    if is_passive(token):
        target = subject_of(token)
        if target is not None and target == caller:
            target = None
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
    if lemma == "sentencing" and not {t.lower_ for t in token.sent} & CUSTODY_WORDS:
        return None  # a prison sentence deprives of liberty; a fine does not
    if lemma == "death" and not _in_custody(token):
        return None  # only a death in custody is an act; other deaths need a killer
    if lemma == "abuse" and object_of_preposition(token, "of", "against") is None:
        return None
    if lemma == "release" and token.head.lemma_.lower() in RELEASE_SOUGHT:
        return None
    victim = object_of_preposition(token, "of", "against")
    if victim is None:
        victim = child_with(token, "poss")
    if victim is None and token.dep_ == "conj":  # "the imprisonment and torture of gay men"
        victim = object_of_preposition(token.head, "of", "against")
    agent = object_of_preposition(token, "by", "from")
    head = token.head
    while head.dep_ == "conj" and head.pos_ == token.pos_:
        head = head.head
    if head.dep_ == "prep" and head.lower_ not in NOUN_PREPOSITIONS:  # "subjected to torture"
        head = head.head
    head_lemma = head.lemma_.lower()
    governed = head_lemma in EXPERIENCE or head.lower_ in NOUN_PREPOSITIONS
    if lemma in ("elimination", "extermination"):
        return _called_for(token, head, victim)
    if lemma in ("payment", "money") and not (
        head_lemma in PAYMENT_DEMANDS
        and (_for_release(token) or is_person_like(_paid_by(token, head)))
    ):
        return None
    if lemma in ("payment", "money"):
        agent = subject_of(head)
        victim = _paid_by(token, head) or child_with(head, "dative")
    elif lemma == "bribe" and head_lemma == "pay":
        agent = object_of_preposition(head, "to") or agent
        victim = victim or subject_of(head)
    elif (
        victim is None
        and not governed
        and not _happened(token)
        and lemma not in ("bribe", "ransom")
    ):
        return None
    if under_denial(token) or is_conditional(token):
        return None
    if victim is None and head_lemma == "subject":  # "subjected them to electric shocks"
        victim = subject_of(head) if is_passive(head) else child_with(head, "dobj")
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
        ):
            victim = subject_of(verb)
    if (
        victim is None
        and agent is None
        and lemma not in ("bribe", "ransom")
        and not _happened(token)
    ):
        return None  # "reports of torture in prisons": no one named, nothing to record
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
        confidence=confidence,
    )

"""Harassment rules: searches, seizures, bans, damage, exposure and silencing of people."""

from __future__ import annotations

from spacy.tokens import Token

from factfinder.extract.actors import child_with, object_of_preposition, subject_of
from factfinder.extract.events.clauses import causative, is_negated, is_passive, modal_of
from factfinder.extract.events.lexicon import HOME_WORDS, KILL, PLACES_SEARCHED
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
        "website",
        "server",
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
# Verbs of giving up one's own activity: "told him to stop posting", "to cease".
STOPPING = frozenset({"stop", "cease", "quit"})
# Verbs of taking someone's belongings: "confiscated their phones", "took my laptop".
SEIZING = frozenset({"confiscate", "seize", "take"})
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


def done_to_belongings(verb: Token) -> bool:
    """ "confiscated their phones", "had their laptops taken", "monitors their accounts": the
    act falls on a phone, a file or an account, not on a place or a person."""
    taken = child_with(verb, "dobj") or (subject_of(verb) if is_passive(verb) else None)
    taken = taken or _undergone(verb)
    if taken is not None and taken.lemma_.lower() in DOINGS:  # "the activities of lawyer X"
        owner = child_with(taken, "poss") or object_of_preposition(taken, "of")
        return is_person_like(owner) or (owner is not None and owner.tag_ == "PRP$")
    return is_belonging(taken)


# What a person does that can be watched: "monitored the activities of the lawyer".
DOINGS = frozenset({"activity", "whereabouts", "contact", "meeting", "visitor", "travel"})


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


def smear_campaign(campaign: Token) -> bool:
    """ "ran a smear campaign against the lawyers", "a campaign of intimidation against
    lawyers": defamation or intimidation aimed at people by the state or its media."""
    if any(c.dep_ == "compound" and c.lower_ in ("smear", "hate") for c in campaign.children):
        return True
    kind = object_of_preposition(campaign, "of")
    if kind is None or kind.lemma_.lower() not in INTIMIDATION:
        return False
    aimed = object_of_preposition(campaign, "against", "targeting")
    return is_person_like(aimed) or is_person_like(who_endured(campaign))


# Verbs whose subject undergoes a campaign: "was subjected to", "faced", "targeted by".
ENDURING = frozenset({"subject", "face", "endure", "suffer", "target", "experience"})


def who_endured(act: Token) -> Token | None:
    """Who underwent a campaign of intimidation: "the blogger was subjected to a campaign of
    harassment", "she has faced a campaign of vilification", "subjected him to …"."""
    verb = act.head.head if act.dep_ == "pobj" and act.head.dep_ in ("prep", "agent") else act.head
    if verb.lemma_.lower() not in ENDURING or act.dep_ not in ("dobj", "pobj", "nsubjpass"):
        return None
    if is_passive(verb) or verb.lemma_.lower() in ("face", "endure", "suffer", "experience"):
        return subject_of(verb)
    return child_with(verb, "dobj")  # "authorities subjected him to a campaign of …"


# What a campaign against people can be made of: "a campaign of intimidation against lawyers".
INTIMIDATION = frozenset(
    {"intimidation", "harassment", "persecution", "reprisal", "threat", "vilification"}
)
# Where someone ordered to report regularly reports: "report to a police station every Monday".
REPORTING_PLACES = frozenset(
    {"police", "station", "office", "precinct", "prosecutor", "commissariat"}
)


def reporting_obligation(report: Token) -> bool:
    """ "was ordered to report to a police station every Monday", "must report to the police
    weekly": a duty to appear before the police, imposed on someone not charged, restricts
    and watches them."""
    place = object_of_preposition(report, "to")
    governor = report.head
    ordered = report.dep_ in ("xcomp", "ccomp") and governor.lemma_.lower() in (
        "order",
        "require",
        "oblige",
        "force",
        "tell",
        "instruct",
    )
    return (
        ordered
        and place is not None
        and place.lemma_.lower() in REPORTING_PLACES
        and not is_negated(governor)
    )


# Ways of losing one's work: "was dismissed", "sacked", "lost their jobs", "suspended",
# "forced to resign".
DISMISSING = frozenset({"dismiss", "sack", "fire", "suspend", "resign", "quit"})
# Verbs that make a resignation a dismissal: "forced to resign", "pressured to quit".
PUSHING = frozenset({"force", "compel", "pressure", "pressurise", "pressurize", "oblige", "make"})
# Verbs of making people's names, addresses or faces public: "listed the names and addresses".
EXPOSING = frozenset(
    {"publish", "post", "leak", "circulate", "reveal", "air", "broadcast", "list", "print"}
)
# What a dismissal is said to follow when it is a reprisal: speaking, criticising, reporting.
OUTSPOKEN = frozenset(
    {"speak", "criticise", "criticize", "protest", "testify", "publish", "report", "talk"}
    | {"reprisal", "retaliation", "activism", "rally", "interview", "documentary", "campaign"}
    | {"strike", "petition", "union", "demonstration"}
    | {"article", "story", "testimony", "speech", "retract", "criticism", "whistleblowing"}
    | {"blog", "coverage", "reporting"}
)


def dismissed_for_speaking(verb: Token) -> bool:
    """ "Teacher sacked after speaking at miners' rally", "suspended two lawyers after they
    publicly criticised the Prosecutor General": losing one's job for speaking out is a
    reprisal; a dismissal with no such cause in the sentence ("dismissed 200 workers after
    the merger") is not."""
    lemma = verb.lemma_.lower()
    if lemma in ("resign", "quit"):
        pushed = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PUSHING
        fired = subject_of(verb) if pushed else None  # "was forced to resign after …"
    elif lemma == "lose":
        job = child_with(verb, "dobj")
        if job is None or job.lemma_.lower() not in ("job", "post", "position", "livelihood"):
            return False
        fired = subject_of(verb)
    else:
        perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
        headline = verb.tag_ == "VBN" and not perfect  # "Teacher sacked after speaking …"
        fired = subject_of(verb) if is_passive(verb) else child_with(verb, "dobj")
        fired = fired or (subject_of(verb) if headline else None)
    if not is_person_like(fired) or is_negated(verb) or modal_of(verb) not in (None, "past"):
        return False
    pushers = [verb.head] if lemma in ("resign", "quit") else []  # "forced … after she spoke"
    causes = [c for v in (verb, *pushers) for c in v.children if c.dep_ in ("prep", "advcl")]
    words = {t.lemma_.lower() for c in causes for t in c.subtree}
    sentence = {t.lemma_.lower() for t in verb.sent}
    return bool(words & OUTSPOKEN) or bool(sentence & {"reprisal", "retaliation"})


def on_a_list(verb: Token) -> bool:
    """ "placed on a wanted list", "added to a register of extremists": listed as a reprisal."""
    listed = object_of_preposition(verb, "on", "to", "in")
    return listed is not None and listed.lemma_.lower() in LISTS


def into_home(verb: Token) -> bool:
    """ "broke into our house", "broke into the newspaper's offices": forced entry where people
    live or work."""
    home = object_of_preposition(verb, "into")
    return home is not None and home.lemma_.lower() in HOME_WORDS | PLACES_SEARCHED


def from_travel(verb: Token) -> bool:
    """ "banned from travelling abroad": a travel ban on a person, not a ban of a book."""
    words = {t.lemma_.lower() for t in verb.subtree}
    return bool(words & {"travel", "leave", "travelling", "traveling"})


def is_student(token: Token | None) -> bool:
    """Students and pupils, whose expulsion by their school is a reprisal ("students who
    signed the petition were expelled"), not a removal from the country."""
    return token is not None and token.lemma_.lower() in (
        "student",
        "pupil",
        "schoolchild",
        "schoolboy",
        "schoolgirl",
        "undergraduate",
    )


def summons_diplomat(verb: Token) -> bool:
    """ "summoned the ambassador": diplomacy, not a person summoned for questioning."""
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
    | {"shed", "barn", "garage", "hut", "warehouse", "printworks", "studio"}
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
        and (_owned_by_people(thing) or _homes_in_an_attack(verb, thing))
        and not is_negated(verb)
    )


def _homes_in_an_attack(verb: Token, thing: Token) -> bool:
    """ "Armed men forced families out of six villages, burning houses": homes burnt in the
    course of an attack on people belong to those attacked, though no owner is named (in a
    massacre, "shooting men and setting homes on fire", the killing is the claim)."""
    if thing.lemma_.lower() not in ("house", "home") or verb.dep_ not in ("advcl", "conj"):
        return False
    attackers = subject_of(verb) or subject_of(verb.head)
    killing = any(t.lemma_.lower() in KILL | {"shoot"} for t in verb.sent)
    return is_person_like(attackers) and not killing  # houses burnt in a massacre: the killing


def thrown_at_home(throw: Token) -> bool:
    """ "threw stones at the windows": an attack on someone's property to drive them off."""
    aimed = object_of_preposition(throw, "at")
    return aimed is not None and aimed.lemma_.lower() in PROPERTY and not is_negated(throw)


def supply_cut(cut: Token) -> bool:
    """ "cut off their water supply": a household's utilities cut as a reprisal."""
    supply = child_with(cut, "dobj")
    return supply is not None and supply.lemma_.lower() in UTILITIES and _owned_by_people(supply)


def is_belonging(thing: Token | None) -> bool:
    """A phone, passport, account or licence: what seizing, searching or monitoring a
    person's things is done to ("searched their phones", "seized their laptops")."""
    return thing is not None and thing.lemma_.lower() in BELONGINGS | LICENCES


def object_has_owner(verb: Token) -> bool:
    """ "her bank accounts were frozen": a freeze is a reprisal only on someone's accounts,
    not "froze the budget"."""
    thing = child_with(verb, "dobj") or (subject_of(verb) if is_passive(verb) else None)
    owner = (child_with(thing, "poss") or object_of_preposition(thing, "of")) if thing else None
    return owner is not None  # "her accounts", "the organisation's accounts": someone's


def licence_withdrawn(verb: Token) -> bool:
    """A licence, passport or citizenship taken from a person: "stripped of his citizenship",
    "the lawyer's licence was suspended", "revoked the accreditation of two reporters"."""
    paper = object_of_preposition(verb, "of") if verb.lemma_.lower() == "strip" else None
    if paper is not None:  # "was stripped of", "stripped the activist of his citizenship"
        stripped = subject_of(verb) if is_passive(verb) else child_with(verb, "dobj")
        return paper.lemma_.lower() in LICENCES and is_person_like(stripped)
    paper = child_with(verb, "dobj") or (subject_of(verb) if is_passive(verb) else None)
    if paper is None or paper.lemma_.lower() not in LICENCES:
        return False
    owner = child_with(paper, "poss") or object_of_preposition(paper, "of")
    return owner is None or is_person_like(owner) or owner.tag_ == "PRP$"


def silenced(verb: Token) -> bool:
    """Telling people not to speak, publish or protest is intimidation: "warned the families
    not to speak to foreign media", "told him to stop posting about the case"."""
    act = child_with(verb, "xcomp", "ccomp")
    if act is None or act.lemma_.lower() not in SPEAKING | STOPPING:
        return False
    if modal_of(verb) not in (None, "past") or is_negated(verb):
        return False
    if act.lemma_.lower() in STOPPING:
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


# Verbs of writing down or taking people's details: "took down our home addresses".
RECORDING = frozenset({"write", "take", "note", "record", "collect", "copy", "register"})
# Those whose noting of people's details is surveillance, not an errand.
RECORDERS = frozenset(
    {"police", "officer", "agent", "official", "soldier", "guard", "policeman", "they"}
)


def details_recorded(verb: Token) -> bool:
    """ "officers wrote down the names and addresses of everyone at the vigil", "they
    photographed every one of us and took down our home addresses": the state noting who
    people are and where they live is surveillance."""
    lemma = verb.lemma_.lower()
    if lemma in ("write", "take", "copy") and not any(c.lower_ == "down" for c in verb.children):
        return False
    noted = child_with(verb, "dobj")
    if noted is None or noted.lemma_.lower() not in IDENTIFIERS - {"number"} or is_negated(verb):
        return False
    recorder = subject_of(verb)
    if recorder is None or recorder.lemma_.lower() not in RECORDERS:
        return False
    owner = child_with(noted, "poss") or object_of_preposition(noted, "of")
    if recorder.lower_ == "they":  # in a victim's account: "took down our addresses"
        return owner is not None and owner.lower_ in ("our", "my", "us", "me")
    return is_person_like(owner) or (owner is not None and owner.tag_ == "PRP$")


# Fake pages that pass for a person online: "created fake profiles with my photo".
FAKING = frozenset({"create", "set", "open", "make", "start"})
FAKE_PAGES = frozenset({"profile", "account", "page", "website", "channel"})


def impersonated(verb: Token) -> Token | None:
    """ "Someone created fake profiles with my photo and my address": a fake page that shows
    a person's face, name or address exposes and smears them; gives whose they are."""
    if verb.lemma_.lower() not in FAKING or is_negated(verb):
        return None
    page = child_with(verb, "dobj")
    if page is None or page.lemma_.lower() not in FAKE_PAGES:
        return None
    if not any(c.lower_ in ("fake", "false", "bogus", "fraudulent") for c in page.children):
        return None
    details = [t for t in verb.subtree if t.lemma_.lower() in IDENTIFIERS]
    owners = [child_with(t, "poss") or object_of_preposition(t, "of") for t in details]
    return next((o for o in owners if o is not None), None)


# What watchers sit in outside a home: "a police car was parked outside my building".
WATCHING_POSTS = frozenset({"park", "station", "wait", "sit", "stand", "post"})
# Agents whose post outside a home is surveillance: "officers were stationed outside".
WATCHING_PEOPLE = frozenset({"officer", "agent", "policeman", "police", "plainclothesman"})
WATCHING_VEHICLES = frozenset({"car", "van", "vehicle", "jeep", "suv", "truck"})
WATCHED_PLACES = HOME_WORDS | {"building", "block", "workplace", "school", "door", "gate"}


def parked_outside(park: Token) -> Token | None:
    """ "A police car was parked outside my building all night", "an unmarked van has waited
    near her flat for a week": a police or unmarked vehicle kept at someone's home watches
    them; gives whose home it is."""
    if park.lemma_.lower() not in WATCHING_POSTS or is_negated(park):
        return None
    vehicle = subject_of(park)
    if vehicle is None:
        return None
    marks = {c.lower_ for c in vehicle.children}
    watchers = vehicle.lemma_.lower() in WATCHING_PEOPLE and park.lemma_.lower() != "park"
    marked = marks & {"police", "unmarked", "security", "military", "army"}
    if not watchers and not (vehicle.lemma_.lower() in WATCHING_VEHICLES and marked):
        return None
    place = object_of_preposition(park, "outside", "near", "by", "opposite")
    if place is None or place.lemma_.lower() not in WATCHED_PLACES:
        return None
    return child_with(place, "poss") or object_of_preposition(place, "of")


def owner_of(thing: Token | None) -> Token | None:
    """Whose a thing is: "her phone", "the phone of the lawyer"."""
    if thing is None:
        return None
    return child_with(thing, "poss") or object_of_preposition(thing, "of")


# Verbs of planting surveillance, and what is planted: "installed spyware on her phone".
PLANTING = frozenset({"install", "plant", "put", "place", "hide", "instal"})
SPYWARE = frozenset({"spyware", "malware", "bug", "tracker", "device", "software", "program"})


def spyware_planted(verb: Token) -> Token | None:
    """Whose phone or car was bugged: "installed spyware on the phone of the lawyer", "planted
    a tracking device on his car". A hidden watcher is harassment of the owner."""
    planted = child_with(verb, "dobj") or (subject_of(verb) if is_passive(verb) else None)
    if planted is None or planted.lemma_.lower() not in SPYWARE:
        return None
    if planted.lemma_.lower() in ("device", "software", "program") and not any(
        c.lemma_.lower() in ("tracking", "spy", "surveillance", "listening", "gps")
        for c in planted.children
    ):
        return None  # "installed new software on the computers": maintenance
    carrier = object_of_preposition(verb, "on", "in", "into") or object_of_preposition(
        planted, "on", "in", "into"
    )
    if carrier is None or is_negated(verb) or modal_of(verb) not in (None, "past"):
        return None
    owner = owner_of(carrier)
    if owner is not None and (is_person_like(owner) or owner.tag_ == "PRP$"):
        return owner
    return None


# Verbs of granting papers that, refused, withhold them: "refused to renew her passport".
GRANTING = frozenset({"renew", "issue", "extend", "return", "reissue", "grant"})


def papers_withheld(verb: Token) -> Token | None:
    """Whose papers were refused: "refused to renew the passport of the activist", "declined
    to issue him a passport". Withholding a person's papers is a reprisal against them."""
    if verb.lemma_.lower() not in GRANTING or verb.dep_ != "xcomp":
        return None
    if verb.head.lemma_.lower() not in ("refuse", "decline"):
        return None
    paper = child_with(verb, "dobj")
    if paper is None or paper.lemma_.lower() not in LICENCES:
        return None
    owner = owner_of(paper) or child_with(verb, "dative")
    return owner if is_person_like(owner) or (owner is not None and owner.tag_ == "PRP$") else None


# Words that tell a prosecution is a reprisal, not justice: "a case opened in reprisal".
REPRISAL_MARKS = frozenset(
    {"reprisal", "retaliation", "retribution", "revenge", "fabricated", "trumped", "bogus"}
)
CASE_WORDS = frozenset({"case", "proceeding", "proceedings", "prosecution", "charge"})


def case_in_reprisal(verb: Token) -> Token | None:
    """Whom a case opened in reprisal is against: "opened a criminal case against the editor
    in reprisal for the article". A case without such a mark may be justice, and is left."""
    if verb.lemma_.lower() not in ("open", "launch", "initiate", "bring", "file", "fabricate"):
        return None
    case = child_with(verb, "dobj") or (subject_of(verb) if is_passive(verb) else None)
    if case is None or case.lemma_.lower() not in CASE_WORDS:
        return None
    accused = object_of_preposition(case, "against") or object_of_preposition(verb, "against")
    if not is_person_like(accused) or is_negated(verb):
        return None
    marks = {t.lemma_.lower() for t in verb.subtree} | {t.lower_ for t in verb.subtree}
    return accused if marks & REPRISAL_MARKS else None


# Those a court summons in the ordinary course of a trial.
WITNESSES = frozenset({"witness", "expert", "juror", "jury"})


def called_to_station(call: Token) -> bool:
    """ "was called to the police station for a 'conversation'": a summons by the police."""
    place = object_of_preposition(call, "to")
    if not is_passive(call) or place is None or not is_person_like(subject_of(call)):
        return False
    return bool({t.lemma_.lower() for t in place.subtree} & REPORTING_PLACES)


# Those whose calls at a home are visits of the state: "police came to our house".
VISITORS = frozenset({"police", "policeman", "officer", "agent", "gendarme", "soldier", "militia"})
# Where a visit of the police reaches someone: their home or their work.
VISITED_PLACES = HOME_WORDS | frozenset({"work", "workplace", "school", "factory"})
# Words that make visits a pattern: "three times", "every few days", "kept coming".
REPEATED_VISITS = frozenset(
    {"time", "times", "every", "repeatedly", "again", "regularly", "nightly"}
)
# What police do on a visit that makes it pressure: search, question, warn.
PRESSING = frozenset({"search", "question", "ask", "warn", "threaten", "photograph"})
# Those told who are the family itself, as when police bring news: "came to tell us".
FAMILY_TOLD = frozenset({"us", "me", "them", "him", "her", "my", "our"})


def police_visits(come: Token) -> Token | None:
    """Whose home the police keep coming to: "police came to our apartment three times at
    night and searched everything", "the police kept coming to our house", "police visited
    their homes repeatedly". Repeated visits, or a visit to search, question or warn, press a
    family; one visit to bring news or make an arrest is told by other claims."""
    lemma = come.lemma_.lower()
    if lemma not in ("come", "visit") or is_negated(come) or modal_of(come) not in (None, "past"):
        return None
    visitor = subject_of(come.head if come.dep_ == "xcomp" else come)
    if visitor is None or visitor.lemma_.lower() not in VISITORS:
        return None
    place = child_with(come, "dobj") if lemma == "visit" else object_of_preposition(come, "to")
    if place is None or place.lemma_.lower() not in VISITED_PLACES:
        return None
    owner = owner_of(place)
    if owner is None or not (is_person_like(owner) or owner.tag_ == "PRP$"):
        return None
    words = {t.lower_ for t in come.subtree} | {t.lemma_.lower() for t in come.subtree}
    kept = come.dep_ == "xcomp" and come.head.lemma_.lower() == "keep"
    pressed = any(c.dep_ in ("conj", "advcl", "xcomp") and _pressing(c) for c in come.children)
    return owner if kept or pressed or words & REPEATED_VISITS else None


def _pressing(act: Token) -> bool:
    """What police do on a visit that presses a family: search, question, warn, or tell
    others about them ("told my boss what I do at night"), not bring the family news."""
    if act.lemma_.lower() in PRESSING:
        return True
    told = child_with(act, "dobj", "dative")
    return act.lemma_.lower() == "tell" and told is not None and told.lower_ not in FAMILY_TOLD


# Verbs of going through a phone without the word "search": "went through my phone".
BROWSING = frozenset({"go", "scroll", "check", "inspect", "examine", "look", "read", "copy"})
# Devices whose contents officers go through.
DEVICES = frozenset({"phone", "laptop", "computer", "device", "message", "messages", "contact"})
# Those whose going through a phone is a search by the state.
SEARCHERS = VISITORS | frozenset({"guard", "official", "investigator", "interrogator"})


def phone_gone_through(verb: Token) -> Token | None:
    """Whose phone officers went through: "an officer went through my phone", "police are
    checking the phones of passers-by", "scrolling through their phones". A search told
    without the word "search"; someone checking their own phone is no one's act."""
    lemma = verb.lemma_.lower()
    if lemma not in BROWSING or is_negated(verb) or modal_of(verb) not in (None, "past"):
        return None
    if lemma in ("go", "scroll", "look"):
        device = object_of_preposition(verb, "through")
    else:
        device = child_with(verb, "dobj")
    if device is None or device.lemma_.lower() not in DEVICES:
        return None
    searcher = subject_of(verb)
    if searcher is None or searcher.lemma_.lower() not in SEARCHERS:
        return None
    owner = owner_of(device)
    return owner if owner is not None and (is_person_like(owner) or owner.tag_ == "PRP$") else None


# What is painted on a home to brand its family: a word, a slogan, an insult, a mark.
BRANDS = frozenset({"word", "slogan", "insult", "graffiti", "cross", "star", "sign", "threat"})
PAINTING = frozenset({"paint", "daub", "spray", "scrawl", "write", "spray-paint", "smear"})
# The parts of a home a brand is painted on.
HOME_SURFACES = frozenset({"door", "wall", "gate", "house", "home", "shop", "fence", "car"})


def home_branded(verb: Token) -> Token | None:
    """Whose home was branded: "someone painted the word 'TRAITOR' on the front door of her
    house", "daubed 'traitor' on the wall of his house". A word painted on a family's home
    marks them for others; a mural on a school wall marks no one."""
    if verb.lemma_.lower() not in PAINTING or is_negated(verb):
        return None
    brand = child_with(verb, "dobj")
    if brand is None:
        return None
    quoted = any(t.text in ('"', "\u201c", "\u201d", "'") for t in brand.subtree) or any(
        t.text in ('"', "\u201c") and t.i == brand.i - 1 for t in verb.doc[brand.i - 1 : brand.i]
    )
    if not (brand.lemma_.lower() in BRANDS or quoted):
        return None
    words = {t.lemma_.lower() for t in verb.sent}
    if words & (KILL | {"die", "death", "dead", "grave", "leave"}):
        return None  # "painted 'LEAVE OR DIE' on his gate": a death threat, told by its rule
    surface = object_of_preposition(verb, "on", "across")
    if surface is None or surface.lemma_.lower() not in HOME_SURFACES:
        return None
    owner = owner_of(surface)
    if owner is not None and owner.lemma_.lower() in HOME_SURFACES:
        owner = owner_of(owner)  # "the door of her house": her
    return owner if owner is not None and (is_person_like(owner) or owner.tag_ == "PRP$") else None

"""Incitement rules: calls on others to kill, expel or attack a group."""

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
    denier_of,
    is_negated,
    is_passive,
    modal_of,
    under_denial,
)
from factfinder.extract.events.detection import Detection
from factfinder.extract.events.lexicon import (
    CALL_VERBS,
    KIN,
    SAYING_VERBS,
    THREAT_VERBS,
    VERMIN_WORDS,
    VIOLENT_CALLS,
)
from factfinder.extract.events.people import THIRD_PERSON_OBJECTS, is_person_like
from factfinder.extract.events.threats import message_says, names_perpetrators, or_else

# Violence a public call may be for ("a call to lynching", "calls for violence against …").
VIOLENT_NOUNS = frozenset(
    {"violence", "lynching", "murder", "killing", "massacre", "pogrom", "expulsion", "attack"}
)
SINGLE = frozenset({"he", "she", "him", "her", "you", "i", "me"})
SPEAKERS_THEMSELVES = frozenset({"we", "i", "you", "us"})


def none_left_alive(leave: Token) -> bool:
    """ "no Sarvik should be left standing / alive": a call to kill every member of a group,
    whose negation is the point, not a denial."""
    if not is_passive(leave) or modal_of(leave) not in ("should", "must"):
        return False
    group = subject_of(leave)
    if group is None or not any(c.lower_ == "no" for c in group.children):
        return False
    return any(c.lower_ in ("standing", "alive") for c in leave.children)


def made_to_go(leave: Token) -> Token | None:
    """ "said the journalists should be made to leave the country", "must be forced to leave":
    the passive "made" or "forced" that carries the call's modal and its group as subject."""
    causer = leave.head
    if leave.dep_ != "xcomp" or causer.lemma_.lower() not in ("make", "force"):
        return None
    return causer if is_passive(causer) else None


# Verbs by which a speaker brands a group: "described the group as 'enemies who …'".
BRANDING = frozenset({"describe", "call", "brand", "label", "portray", "denounce", "depict"})
# The hostile names a group is branded with: "enemies of the nation", "traitors", "invaders".
HOSTILE_LABELS = VERMIN_WORDS | {"enemy", "invader", "spy", "squatter", "agent", "terrorist"}


def branded_to_go(leave: Token) -> bool:
    """ "described the group as 'enemies of the nation who should leave the country'": a group
    branded as people who should leave is a call to drive them out, by the one who brands."""
    if leave.dep_ != "relcl" or modal_of(leave) not in ("should", "must"):
        return False
    if not any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in leave.children):
        return False
    branded = leave.head
    while branded.dep_ == "pobj" and branded.head.lower_ == "of":  # "enemies of the nation"
        branded = branded.head.head
    return (
        branded.dep_ == "pobj"
        and branded.head.lower_ == "as"
        and branded.lemma_.lower() in HOSTILE_LABELS
        and branded.head.head.lemma_.lower() in BRANDING
    )


def group_told_to_go(token: Token, lemma: str) -> bool:
    """ "said such men should leave the town by May", "said the journalists should be made to
    leave this country": a call on others to drive a group out; or a group branded as people
    who should leave (`branded_to_go`)."""
    if lemma != "leave" or is_negated(token):
        return False
    if branded_to_go(token):
        return True
    called = made_to_go(token) or token  # the modal and the group sit on "made"
    if modal_of(called) not in ("should", "must"):
        return False
    if called.dep_ != "ccomp" or called.head.lemma_.lower() not in SAYING_VERBS:
        return False  # "told the residents they must leave" orders them out: not incitement
    group = child_with(called, "nsubj", "nsubjpass")
    if group is None or group.ent_type_ == "PERSON" or group.lower_ in SPEAKERS_THEMSELVES:
        return False
    return group.tag_ in ("NNS", "NNPS") or group.lower_ == "they"


def left_to_kin(token: Token, lemma: str) -> bool:
    """ "should be dealt with by their own families": a call on relatives to punish a group."""
    if lemma != "deal" or not is_passive(token) or modal_of(token) not in ("should", "must"):
        return False
    dealer = by_agent(token)
    return dealer is not None and dealer.lemma_.lower() in KIN


def call_type(token: Token) -> str | None:
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
    aimed = called_against(act) is not None
    return act if quoted or aimed or act.lemma_.lower() in VIOLENT_CALLS else None


def called_against(act: Token) -> Token | None:
    """The people a called-for act is aimed at: "show them", "clean the streets of this
    rabble", "pay him a visit"."""
    for token in act.subtree:
        if token.dep_ in ("dobj", "dative", "pobj") and (
            token.lower_ in THIRD_PERSON_OBJECTS or token.lemma_.lower() in VERMIN_WORDS
        ):
            return token
    return None


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


def is_call_to_violence(call: Token) -> bool:
    """ "the lawmaker's call to hunt down migrants": a call on others to attack a group; the
    act it names ("a call to lynching") is the incitement, not a separate act."""
    return _violence_called(call) is not None


def call_to_violence_event(call: Token) -> Detection | None:
    """A public call on others to attack or drive out a group is incitement, by whoever made
    it ("the preacher's call", "issued a call")."""
    found = _violence_called(call)
    if found is None:
        return None
    _, target = found
    if call.pos_ == "VERB":
        return called_violence(call, target)
    caller = child_with(call, "poss")
    if caller is None and call.dep_ == "dobj" and not is_passive(call.head):
        caller = subject_of(call.head)
    if is_negated(call.head) or under_denial(call):
        return None
    generic = any(c.lower_ in ("all", "any", "every") for c in call.children)
    if generic and child_with(call, "poss") is None:
        return None  # "publicly condemn all calls for violence": generic, no call made
    return Detection(
        "event", "incitement", call, agent=caller, target=target, nominal=True, confidence=0.7
    )


def called_violence(call: Token, target: Token | None) -> Detection | None:
    """ "the minister called for violence against the Varu": the verb says the call was made,
    by its subject. Denied ("has never called for violence against anyone") the call is kept
    as a negated act, as other denied acts are; a headline's "calls for violence against
    Tevari surge", which the parser reads as a verb with no subject, is the call itself."""
    act, _ = _violence_called(call) or (call, None)
    if act.lemma_.lower() == "expulsion":
        return None  # "called for the expulsion of the ambassador": diplomacy, not a pogrom
    if is_passive(call) or modal_of(call) not in (None, "past"):
        return None  # "violence was called for", "anyone who would call for violence"
    if subject_of(call) is not None and subject_of(call).lower_ in SPEAKERS_THEMSELVES:
        return None  # "we call for an end to violence against …"
    negated = is_negated(call) or under_denial(call) or _at_no_time(call)
    return Detection(
        "event",
        "incitement",
        call,
        agent=subject_of(call),
        target=target,
        negated=negated,
        denier=denier_of(call) if negated else None,
        confidence=0.7,
    )


def _at_no_time(verb: Token) -> bool:
    """ "at no time called for violence": a denial the parser does not mark as negation."""
    times = [t for t in objects_of_prepositions(verb, "at") if t.lower_ in ("time", "point")]
    return any(c.lower_ == "no" for t in times for c in t.children)


def called_for(act: Token, head: Token, victim: Token | None) -> Detection | None:
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


# Harms whose doers, once named by them, are culprits: "the people who killed him".
CULPRITS_BY_ACT = frozenset({"kill", "murder", "torture", "rape", "beat", "abduct", "shoot"})


def punishment_of_culprits(punish: Token) -> bool:
    """ "I want the people who killed him to be punished", "those responsible must be
    punished": a call for justice on the doers of a harm, not a call to harm a group."""
    if punish.lemma_.lower() != "punish":
        return False
    if names_perpetrators(punish):
        return True
    punished = subject_of(punish) if is_passive(punish) else child_with(punish, "dobj")
    if punished is None:
        return False
    return any(c.dep_ == "relcl" and c.lemma_.lower() in CULPRITS_BY_ACT for c in punished.children)


def call_event(token: Token, etype: str) -> Detection:
    """Incitement or threat: the caller is the governing verb's subject, the target the act's."""
    governor = token.head
    while governor.dep_ == "conj":
        governor = governor.head
    if token.dep_ == "conj" and not or_else(token):
        governor = clause_root(token).head  # "told her she would be raped and killed"
    described = None
    if token.dep_ == "relcl" and governor.dep_ == "attr" and governor.head.lemma_ == "be":
        described = subject_of(governor.head)  # "the Veshani were 'a disease that must be …'"
        governor = governor.head
    if governor.pos_ in ("NOUN", "PROPN", "PRON") and token.dep_ == "relcl":
        governor = governor.head  # "warned the prisoners they would be shot"
    if or_else(token) and governor.dep_ == "xcomp":
        governor = governor.head  # "told them to leave or be shot": the teller threatens
    made = made_to_go(token) if token.lemma_.lower() == "leave" else None
    if made is not None:  # "said the journalists should be made to leave": the sayer calls
        governor = made.head
    caller = subject_of(governor) if governor != token else None
    if message_says(governor):
        caller = None  # "messages saying I would be shot": the sender is not the recipient
    if is_passive(token):
        target = subject_of(token)
        if target is not None and target == caller:
            target = None
    elif made is not None:
        target = subject_of(made)  # "the journalists should be made to leave"
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


# What life is to be made for a group, in a call to drive it out: "make life unbearable".
HELLISH = frozenset({"unbearable", "impossible", "intolerable", "miserable", "hell", "unlivable"})


def life_made_unbearable(make: Token) -> Token | None:
    """ "make life unbearable for those who shelter terrorists", "we should make life hell for
    them": a call on others to torment a group out of its homes is incitement (the
    annotation rules' own example); gives the group. Told as done, it is no call."""
    if make.lemma_.lower() != "make":
        return None
    commanded = make.tag_ == "VB" and not any(
        c.dep_ in ("nsubj", "aux") for c in make.children
    )  # "I say to the people: make life …", the parser's subject is the speaker's
    if not (commanded or modal_of(make) in ("should", "must")):
        return None
    state = next((t for t in make.subtree if t.lower_ in HELLISH), None)
    life = next((t for t in make.subtree if t.lower_ in ("life", "lives")), None)
    if state is None or life is None:
        return None
    group = next(
        (c for t in (state, make) for c in t.children if c.dep_ == "prep" and c.lower_ == "for"),
        None,
    )
    target = child_with(group, "pobj") if group is not None else None
    return (
        target if is_person_like(target) or (target is not None and target.pos_ == "PRON") else None
    )

"""An event from a verb trigger: its type, agent, target, polarity and hedging."""

from __future__ import annotations

from spacy.tokens import Token

from factfinder.extract.actors import by_agent, child_with, object_of_preposition, subject_of
from factfinder.extract.events.clauses import (
    accused_of_act,
    asked_about,
    bare_background,
    causative,
    clause_root,
    compelled,
    correction_of,
    denier_of,
    every_one,
    governors,
    habitual,
    imperative,
    intent_governor,
    is_conditional,
    is_negated,
    is_passive,
    list_head,
    made_to,
    modal_of,
    noun_before_being,
    reduced_passive,
    shared_object,
    under_denial,
)
from factfinder.extract.events.custody import (
    convicted_of,
    found_in_custody,
    handed_to_captors,
    ordered_by_court,
)
from factfinder.extract.events.detection import Detection
from factfinder.extract.events.disappearance import hostage_taken, vanished_person
from factfinder.extract.events.displacement import (
    DEPARTURES,
    carried_away,
    deadline_verb,
    driven_into_exile,
    given_time_to,
    had_to_leave,
    natural_cause,
    returned_abroad,
    told_to_carry_and_go,
    told_to_go,
)
from factfinder.extract.events.extortion import (
    RAISING,
    SENDING_MONEY,
    is_payee,
    levied_on_people,
    paid_as_reward,
    paid_or_else,
    told_to_pay,
)
from factfinder.extract.events.harassment import is_belonging, owner_of
from factfinder.extract.events.incitement import (
    call_event,
    none_left_alive,
    punishment_of_culprits,
)
from factfinder.extract.events.lexicon import (
    AIMING,
    BODY_PARTS,
    CAPTORS,
    CUSTODY_STATES,
    DENY_VERBS,
    ELIMINATE,
    INTENT_VERBS,
    INTRANSITIVE,
    LIMBS,
    MEANS,
    MONEY_TAKING,
    NATURAL_CAUSES,
    ORDERING_VERBS,
    POSTS,
    SAYING_VERBS,
    SEARCHING,
    STRESS_POSITIONS,
    THREAT_VERBS,
    THREATENED_HARMS,
    VIOLENT_CALLS,
)
from factfinder.extract.events.people import (
    GROUP_WORDS,
    PERSONAL_PRONOUNS,
    is_person_like,
    misread_name,
    new_people,
    person_word,
)
from factfinder.extract.events.release import given_back, is_freedom
from factfinder.extract.events.threats import (
    threat_event,
    threatened_act,
    threatened_own_move,
    weapon_at_person,
)
from factfinder.extract.events.verb_types import verb_type
from factfinder.extract.events.violence import (
    died_in_violence,
    fired_by,
    hand_laid_on,
    kept_awake,
    left_dead,
    to_death,
)

REFLEXIVES = frozenset({"himself", "herself", "themselves", "myself", "ourselves", "yourself"})
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


def verb_event(token: Token, lemma: str) -> Detection | None:
    """An act the verb names; one that is denied or negated keeps its victim and is negated.

    A denial that names an act and its victims ("denied holding him", "no one was beaten")
    is recorded as the negated act, so later stages can weigh it against reports of it.
    """
    detection = _act_of_verb(token, lemma)
    if detection is not None and detection.target is not None and asked_about(detection.target):
        return None  # "declined to say how many people remained in custody": no one named
    ordered_out = lemma in ("leave", "flee") and token.dep_ == "xcomp" and is_negated(token.head)
    if detection is not None and ordered_out and detection.target is not None:
        detection.negated = True  # "nobody was forced to leave": the expulsion is denied
        return detection
    if detection is None or not (is_negated(token) or under_denial(token)):
        return detection
    if detection.type == "torture" and kept_awake(token) is not None:
        return detection  # "was not allowed to sleep" is the torture, not its denial
    if detection.type == "incitement" and none_left_alive(token):
        denied = any(g.lemma_.lower() in DENY_VERBS for g in governors(token))
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


# Words for many people that the person lexicons may not hold: "killed dozens".
MANY = frozenset({"dozen", "hundred", "thousand", "score", "million", "many", "several", "all"})


def _told_to_leave(leave: Token, tell: Token) -> Detection:
    """The order "told them that they should leave": the teller expels the people told."""
    if is_passive(tell):
        agent, told = by_agent(tell), subject_of(tell)
    else:
        agent, told = subject_of(tell), child_with(tell, "dobj") or subject_of(leave)
    return Detection("event", "forced_displacement", leave, agent=agent, target=told)


def _owner_of_body(target: Token | None) -> Token | None:
    """The person a blow to a part of the body was done to: "held his head under water" (his),
    "beat the soles of my feet" (my, through "of"); other targets are kept, and so is an
    office ("the head of the association")."""
    part = target
    while part is not None and part.lemma_.lower() in LIMBS | BODY_PARTS:
        owner = child_with(part, "poss") or object_of_preposition(part, "of")
        if owner is None or not _owns_body(owner):
            return target if part is target else part
        part = owner
    return part


def _owns_body(owner: Token) -> bool:
    """What a body part belongs to: a person ("his", "the prisoners") or a larger part."""
    return (
        owner.tag_ == "PRP$" or is_person_like(owner) or owner.lemma_.lower() in LIMBS | BODY_PARTS
    )


def quoted_command(verb: Token) -> bool:
    """A quotation that opens with a bare verb ('"free the journalists"', '"release him," the
    officer shouted'): a command or a slogan, which asks for an act and reports none."""
    if verb.tag_ != "VB" or verb.i == 0 or verb.doc[verb.i - 1].tag_ != "``":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


# Verbs of driving people off that a call turns into incitement ("calls for them to be driven
# out"); "deport" and "evict" are left to the demand, as a state may lawfully do them.
DRIVING_OFF = frozenset({"drive", "chase", "hound", "kick", "throw", "hunt", "burn"})


def called_to_drive_out(token: Token) -> Token | None:
    """ "a radio station was calling for people to be driven from their homes", "broadcasting
    calls for Suvari 'squatters' to be driven back across the border": a call on others to
    drive a group off is incitement, not the displacement itself (which has not happened)."""
    if token.lemma_.lower() not in DRIVING_OFF or not is_passive(token):
        return None
    marked = any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children)
    off = {c.lower_ for c in token.children} & {"out", "back", "away", "off"}
    place = object_of_preposition(token, "from", "across", "out", "of")
    if place is None and off:
        out = next(c for c in token.children if c.lower_ in off)
        place = object_of_preposition(out, "of", "across", "from")  # "thrown out of office"
    if not off and place is None:
        return None  # "calls for cars to be driven slowly"
    if place is not None and place.lemma_.lower() in POSTS | {"office", "party", "parliament"}:
        return None  # "called for the minister to be thrown out of office": politics
    if not marked or token.dep_ not in ("advcl", "acl", "ccomp"):
        return None
    call = token.head  # "calling for …", or "broadcasting calls for …" misattached
    if call.lemma_.lower() not in ("call", "appeal"):
        call = next(
            (
                c
                for c in call.children
                if c.dep_ == "dobj" and c.lemma_.lower() in ("call", "appeal") and c.i < token.i
            ),
            None,
        )
    return call if call is not None and not is_negated(call.head) and not is_negated(call) else None


def _act_of_verb(token: Token, lemma: str) -> Detection | None:
    """The act a verb names with its agent and victim, before a denial of it is weighed:
    lists, habitual pasts, orders, headlines and the passive each decide who did what."""
    if token.tag_ == "VBN" and token.i > 0 and token.doc[token.i - 1].lower_ == "the":
        return None  # "families of the disappeared" names people, not an act
    etype = verb_type(token, lemma)
    if etype is None and (ordered := told_to_carry_and_go(token)) is not None:
        told = child_with(ordered, "dobj", "dative")  # "told us to take what we could carry"
        return Detection(
            "event", "forced_displacement", token, agent=subject_of(ordered), target=told
        )
    if etype in (None, "forced_displacement") and (call := called_to_drive_out(token)):
        mark = next(c for c in token.children if c.dep_ == "mark")
        driven = child_with(token, "nsubjpass") or child_with(mark, "pobj")  # "for 'squatters'"
        caller = subject_of(call) if call.pos_ == "VERB" else subject_of(call.head)
        if caller is None and call.head.dep_ == "xcomp":
            caller = subject_of(call.head.head)  # "began broadcasting calls for …"
        return Detection(  # "calling for people to be driven from their homes"
            "event", "incitement", token, agent=caller, target=driven, called=True
        )
    if etype is None and driven_into_exile(token):
        passive = is_passive(token) or child_with(token, "dobj") is None  # a headline's
        exiled = subject_of(token) if passive else child_with(token, "dobj")  # "editor forced"
        if exiled is None and token.dep_ == "acl":
            exiled = token.head  # "Sorn Ledger editor forced into exile after death threats"
        return Detection(
            "event",
            "forced_displacement",
            token,
            agent=by_agent(token) if passive else subject_of(token),
            target=exiled,
            confidence=0.75,
        )
    if etype is None and (returned_abroad(token) or carried_away(token)):
        etype = "forced_displacement"  # "returned 60 asylum seekers to Saradun"
    if etype is None and (dead := left_dead(token)) is not None:
        killers = subject_of(token)  # "gunmen left three dead"; "the attack" is no one
        killers = killers if is_person_like(killers) else None
        return Detection(  # "the attack left 12 people dead"
            "event", "killing", token, agent=killers, target=dead, confidence=0.75
        )
    if etype is None and died_in_violence(token):
        etype = "killing"  # "seventeen people died in the attack"
    if etype not in ("incitement", "death_threat") and quoted_command(token):
        return None  # banners reading "free the journalists": a slogan asks, nothing happened
    listed = list_head(token) if etype is not None else None
    if listed is not None:  # "detained, tortured and disappeared scores of critics"
        first, victims = listed
        if is_negated(first) or modal_of(first) not in (None, "past") or is_conditional(first):
            return None
        return Detection(
            "event", etype, token, agent=subject_of(first), target=victims, confidence=0.75
        )
    if etype is None or token.dep_ == "amod":  # "detained activists" names people, not an act
        return None
    if etype == "torture" and (sleepless := kept_awake(token)) is not None:
        return Detection("event", etype, token, target=sleepless, confidence=0.75)
    if etype == "release" and (returned := given_back(token)) is not None:
        giver = subject_of(token) if lemma != "get" else None  # a family gets back, not frees
        return Detection("event", etype, token, agent=giver, target=returned, confidence=0.75)
    if etype == "detention" and (found := found_in_custody(token)) is not None:
        return Detection("event", etype, token, target=found, confidence=0.75)
    if etype == "detention" and (handed := handed_to_captors(token)) is not None:
        given, holder = handed
        return Detection("event", etype, token, agent=holder, target=given, confidence=0.75)
    if etype == "forced_displacement" and (tell := told_to_go(token)) is not None:
        return _told_to_leave(token, tell)
    if token.dep_ == "acl" and token.head.lower_ in GROUP_WORDS and not new_people(token.head):
        return None  # "those held", "all those detained" refer back to people already counted
    if token.dep_ == "acl" and every_one(token.head):
        return None  # "all persons held at the centre are treated …": a class, not an event
    if correction_of(token):
        return None  # "an earlier version said nine people had been killed": withdrawn
    if bare_background(token):
        return None  # "After I was released I left Varnia": the release told before
    if any(every_one(g) and is_person_like(g) for g in governors(token)):
        return None  # "Any citizen who believes she has been mistreated can complain": a class
    if etype == "forced_displacement" and natural_cause(token):
        return None  # "a family forced to leave its village after a flood": no one drove them
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
        and any(g.lemma_.lower() in INTENT_VERBS for g in governors(token))
    ):
        return None  # "urged them to release all those detained": who is to be freed
    if lemma == "threaten":  # a threat made on a condition is still a threat
        if modal_of(token) not in (None, "past"):
            return None
        if threatened_own_move(token):
            return None  # "the manager had threatened to resign": a threat to himself
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in token.children):
            return None  # "if someone is being threatened, they should come to us": no threat
        return threat_event(token, etype)
    if lemma == "die" and etype == "death_threat":  # "painted 'Leave or die' on our gate"
        return Detection("event", etype, token, agent=subject_of(clause_root(token).head))
    if lemma == "lay" and etype == "torture":  # "laid a finger on Mr Oddan"
        return Detection("event", etype, token, agent=subject_of(token), target=hand_laid_on(token))
    if etype == "death_threat" and lemma in AIMING:  # "held a pistol to her temple"
        if modal_of(token) not in (None, "past") or is_conditional(token):
            return None
        aimer = by_agent(token) if is_passive(token) else subject_of(token)
        return Detection("event", etype, token, agent=aimer, target=weapon_at_person(token))
    called = etype == "incitement" or (
        etype == "death_threat" and lemma in ELIMINATE | THREATENED_HARMS | VIOLENT_CALLS
    )
    if lemma != "threaten" and threatened_act(token):
        return None  # "threatened to make her disappear": the threat is the claim
    if called and (is_negated(token) or under_denial(token)) and not none_left_alive(token):
        return None
    if is_conditional(token) and not called and not paid_or_else(token):
        return None  # a threat or a call made on a condition is still made
    modal = modal_of(token)
    hedged = modal == "past" or accused_of_act(token)
    if lemma == "incite" and not _incited_against_people(token):
        return None  # "charged with inciting ethnic hatred", "to incite hatred against the state"
    if called and punishment_of_culprits(token):
        return None  # "I want the people who killed him to be punished": justice asked for
    if called:
        return call_event(token, etype)
    if imperative(token):
        return None  # "(c) Release the human rights defender …": a recommendation
    searched = etype == "enforced_disappearance" and lemma in SEARCHING
    if modal is not None and modal != "past" and not habitual(token, modal) and not searched:
        return None
    if (
        token.dep_ in ("xcomp", "advcl")
        and modal_of(token.head) not in (None, "past")
        and not (etype == "extortion" and (told_to_pay(token) or paid_or_else(token)))
    ):
        return None  # "could be used to arrest protesters": a possibility
    if etype == "detention" and ordered_by_court(token):
        return Detection(
            "event", etype, token, agent=subject_of(token.head), target=subject_of(token)
        )
    ordered_out = lemma == "leave" and token.head.lemma_.lower() in ORDERING_VERBS
    sent_home = lemma in ("go", "return") and etype == "release" and token.dep_ == "xcomp"
    price_set = etype == "extortion" and lemma in {"pay"} | RAISING  # "demanded that they pay"
    if etype == "harassment" and lemma == "report":  # "was ordered to report to the police"
        governor = token.head
        passive = is_passive(governor)
        return Detection(
            "event",
            etype,
            token,
            agent=by_agent(governor) if passive else subject_of(governor),
            target=subject_of(governor) if passive else child_with(governor, "dobj"),
            confidence=0.7,
        )
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
        if made_to(token):
            target = child_with(token, "nsubj")  # "made the prisoners kneel"
        return Detection("event", etype, token, agent=agent, target=target, hedged=hedged)
    if lemma == "let":  # "they let me go"
        freed = next((c for c in token.children if c.lemma_.lower() == "go"), None)
        target = child_with(freed, "nsubj") if freed is not None else None
        if is_passive(token):  # "the students were let go"
            freed_one = subject_of(token)
            if freed_one is None and token.dep_ == "pcomp":  # "held … before being let go"
                freed_one = subject_of(token.head.head)
            return Detection("event", etype, token, agent=by_agent(token), target=freed_one)
        return Detection("event", etype, token, agent=subject_of(token), target=target)
    levied = levied_on_people(token) if etype == "extortion" else None
    if lemma == "extort" or (lemma in MONEY_TAKING and etype == "extortion") or levied:
        # "extorted money from the prisoners' relatives", "took money from prisoners"
        victim = object_of_preposition(token, "from") or levied
        return Detection(
            "event", etype, token, agent=subject_of(token), target=victim, confidence=0.85
        )
    sent = lemma in SENDING_MONEY | RAISING and etype == "extortion"  # "transferred", "raise"
    if lemma == "pay" and paid_as_reward(token):
        return None  # "commanders paid them a bonus for each village": a reward
    if lemma in ("pay", "hand", "sign", "bring") or sent:  # the payer is the victim
        paid = child_with(token, "dobj")
        if not is_payee(paid):
            paid = None  # "paid 2,000 euros": the money, not the payee
        payee = object_of_preposition(token, "to") or paid or child_with(token, "dative")
        if payee is not None and not (is_person_like(payee) or payee.lemma_.lower() in CAPTORS):
            payee = None  # "brought 4,000 kresta to the station": a place, not the payee
        reported = token.head.lemma_.lower() in SAYING_VERBS  # "drivers said they had paid"
        if payee is None and told_to_pay(token):  # "he told me my family would have to pay"
            teller = clause_root(token.head).head
            payee = by_agent(teller) if is_passive(teller) else subject_of(teller)
        if payee is None and token.dep_ in ("xcomp", "ccomp") and not reported:
            governor = token.head  # "officers told her to pay", "demanded that they pay"
            payee = by_agent(governor) if is_passive(governor) else subject_of(governor)
        if payee is None and paid_or_else(token):
            price = clause_root(token.head)  # "officers told him he would be freed if he paid"
            if price.dep_ == "ccomp" and price.head.lemma_.lower() in THREAT_VERBS | {"say"}:
                payee = subject_of(price.head)
        payer = subject_of(token)
        if token.dep_ == "relcl" and compelled(token):  # "forced for months to hand over"
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
        mover = subject_of(token.head) if had_to_leave(token) else subject_of(token)
        return Detection("event", etype, token, target=mover, hedged=hedged, confidence=0.7)
    if lemma in DEPARTURES and given_time_to(token):
        give = deadline_verb(token)
        give = give if give.lemma_.lower() in ("give", "have") else token.head.head
        target = subject_of(give) if is_passive(give) else child_with(give, "dative", "dobj")
        if give.lemma_.lower() == "have":  # "told every family they had until dawn to be gone"
            teller = give.head if give.dep_ == "ccomp" else None
            told = child_with(teller, "dobj", "dative") if teller is not None else None
            target = told if is_person_like(told) else subject_of(give)
        giver = by_agent(give) or by_agent(token)
        if giver is None and give.lemma_.lower() == "give" and not is_passive(give):
            giver = subject_of(give)  # "soldiers gave the villagers ten minutes to …"
        elif giver is None and give.lemma_.lower() == "have" and give.dep_ == "ccomp":
            giver = subject_of(give.head)  # "they told every family they had until dawn"
        return Detection(
            "event",
            etype,
            token,
            agent=giver,
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
    came_home = (lemma == "return" or is_freedom(child_with(token, "dobj"))) and etype == "release"
    made_to_vanish = lemma == "disappear" and not is_passive(token)
    vanished = child_with(token, "dobj") if made_to_vanish else None
    if vanished is not None:  # "security forces disappeared 30 protesters": done to the object
        if not (is_person_like(vanished) or vanished.lemma_.lower() in MANY):
            return None  # "the magician disappeared the coin"
        return Detection(
            "event", etype, token, agent=subject_of(token), target=vanished, hedged=hedged
        )
    if lemma in INTRANSITIVE | CUSTODY_STATES or lemma in ("leave", "lose", "walk") or came_home:
        if etype == "enforced_disappearance" and not vanished_person(token):
            return None  # "evidence has disappeared", "went missing during the floods"
        return Detection(
            "event", etype, token, target=subject_of(token), hedged=hedged, confidence=0.75
        )
    if not is_passive(token) and (held := hostage_taken(token)) is not None:
        return Detection(  # "the militia took the driver hostage": the driver, not "hostage"
            "event", etype, token, agent=subject_of(token), target=held, hedged=hedged
        )
    if is_passive(token):
        agent = by_agent(token)
        if agent is not None and agent.lemma_.lower() in MEANS:
            agent = None  # "he was threatened by phone"
        target = noun_before_being(clause_root(token)) or subject_of(token)
        if causative(token) and is_person_like(subject_of(token.head)):
            target = subject_of(token.head)  # "activists had their homes raided"
    else:
        agent = subject_of(token)
        target = (
            child_with(token, "dobj")
            or child_with(clause_root(token), "dobj")
            or shared_object(token)
        )
        if target is None and agent is not None and every_one(agent):
            return None  # "Every person detained in the operation was registered": a class
        if target is None and reduced_passive(token, agent):
            agent, target = None, agent  # "1,150 people pushed back across the border"
        elif target is None and etype == "forced_displacement" and lemma == "force":
            agent, target = None, agent  # a headline drops "were": "families forced out of …"
    if lemma in ("find", "discover", "recover", "exhume"):
        agent = None  # who found the dead did not kill them
    if target is not None and target.lower_ in REFLEXIVES and etype == "killing":
        return None  # "had hanged himself": a suicide, as told, is no killing
    if (convicted := convicted_of(token)) is not None:
        agent = convicted  # "convicted three officers of beating …": the officers beat
    seized_things = etype == "harassment" and is_belonging(target)  # "seized their laptops"
    owner = owner_of(target) if seized_things else None
    if owner is not None and owner.lower_ not in PERSONAL_PRONOUNS and is_person_like(owner):
        target = owner  # "seized the family's computers" harasses the family
    target = _owner_of_body(target)  # "held his head under water": done to him
    possessor = target is not None and target.tag_ == "PRP$"  # "his" after a body part
    named = misread_name(target)  # "beat Danek Voss": a name the tagger took for a firm
    if lemma in NEEDS_PERSON and not (is_person_like(target) or possessor or named | seized_things):
        return None  # "released its earnings", "beating expectations", "the film was released"
    if lemma in HARMS_TO_PEOPLE and _figurative_harm(token, target, possessor or named):
        return None  # "killed the game", "tortures our expectations", "a production that kills"
    cause = agent or (subject_of(token.head) if token.dep_ == "advcl" else None)
    if cause is not None and cause.lemma_.lower() in NATURAL_CAUSES and not fired_by(cause):
        return None  # a storm or a virus ("a storm hit, uprooting trees") is no perpetrator
    hitter = agent is not None and (
        is_payee(agent)
        or person_word(agent)
        or is_person_like(agent)
        or (agent.tag_ == "NNS" and agent.lemma_.lower().endswith(("er", "or")))  # "interrogators"
    )
    if lemma in ("hit", "batter") and agent is not None and not hitter:
        return None  # "the tax hit poor families": only people hit people
    if etype == "torture" and to_death(token):
        etype = "killing"
    confidence = 0.6 + 0.15 * (agent is not None) + 0.15 * (target is not None)
    return Detection(
        "event", etype, token, agent=agent, target=target, hedged=hedged, confidence=confidence
    )


# Where a player, not a person, is banished or sent: sport, not expulsion.
SPORT_PLACES = frozenset({"bench", "sideline", "sidelines", "stands", "dugout", "reserves"})
# Verbs of killing and torture, which are abuses only when people suffer them; unlike
# NEEDS_PERSON a bare number ("killed 12") or an unnamed victim still counts.
HARMS_TO_PEOPLE = frozenset(
    {"kill", "murder", "torture", "slaughter", "massacre", "butcher", "execute", "crucify"}
)


def _figurative_harm(verb: Token, target: Token | None, person_anyway: bool) -> bool:
    """ "We killed the game in ten minutes", "the guards torture the audience's expectations",
    "a Hamlet that kills": a thing killed, or killing in the timeless present with no victim,
    is a figure of speech (sport, reviews, markets), not an act against anyone."""
    if target is None and not is_passive(verb):
        target = child_with(verb, "dobj")  # the object the victim finder passed over
    if target is None:
        timeless = verb.tag_ in ("VBZ", "VBP") and not is_passive(verb)
        counted = any(c.like_num for c in verb.children)  # "Shelling kills 12", misparsed
        return timeless and not counted
    thing = target.pos_ == "NOUN" and target.lemma_.lower() not in MANY
    thing = thing and not any(c.dep_ == "nummod" for c in target.children)
    return thing and not person_anyway and not is_person_like(target)


def _incited_against_people(incite: Token) -> bool:
    """Incitement is a call on others to harm people: "incited the crowd to attack them",
    "incited violence against the Varu". Inciting an abstraction with no one it is aimed at
    ("inciting ethnic hatred", "hatred against the state") names a charge, not a call."""
    urged = child_with(incite, "dobj")
    if is_person_like(urged):
        return True
    aimed = object_of_preposition(urged, "against", "towards", "toward") if urged else None
    aimed = aimed or object_of_preposition(incite, "against", "towards", "toward")
    if aimed is None:
        return False
    return is_person_like(aimed) or aimed.pos_ == "PROPN" or aimed.lemma_.lower() in PEOPLES


# Nouns for a people as a whole, at which incitement is aimed ("against the Orrin minority").
PEOPLES = frozenset({"minority", "community", "population", "group", "people", "tribe", "clan"})

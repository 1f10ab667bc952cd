"""The sentence scan: every event trigger in a parsed sentence, then merging acts told twice."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from factfinder.extract.actors import by_agent, child_with, object_of_preposition, subject_of
from factfinder.extract.events.clauses import is_negated, is_passive
from factfinder.extract.events.custody import jailed_by_name, no_prisoners_held
from factfinder.extract.events.detection import Detection
from factfinder.extract.events.disappearance import (
    concealed_person,
    custody_not_admitted,
    disappeared_person,
    fate_not_known,
    fate_unknown,
    no_word_of,
    not_heard_from,
    reported_missing,
    told_not_held,
    whereabouts_withheld,
)
from factfinder.extract.events.displacement import displaced_people
from factfinder.extract.events.extortion import (
    addressee_of,
    bribe_for_silence,
    cost_named_by_captor,
    demanded_by_message,
    freed_on_payment,
    held_for_money,
    payment_to_holders,
    price_demanded,
    price_set_by_official,
    sum_of_currency,
)
from factfinder.extract.events.harassment import (
    BROWSING,
    FAKING,
    PAINTING,
    PLANTING,
    SEIZING,
    WATCHING_POSTS,
    case_in_reprisal,
    home_branded,
    impersonated,
    is_belonging,
    papers_withheld,
    parked_outside,
    phone_gone_through,
    police_visits,
    smear_campaign,
    spyware_planted,
)
from factfinder.extract.events.incitement import (
    PUBLIC_APPEALS,
    call_to_violence_event,
    called_against,
    is_call_to_violence,
    life_made_unbearable,
    public_call,
)
from factfinder.extract.events.lexicon import KNOWLEDGE, LEMMA_FIXES, NOUN_EVENTS, THREAT_VERBS
from factfinder.extract.events.noun_events import noun_event
from factfinder.extract.events.people import is_person_like
from factfinder.extract.events.release import among_those
from factfinder.extract.events.threats import (
    MOURNING,
    conditional_warning,
    marked_thing,
    mourning_sent,
    mourning_threat,
    never_leave_alive,
    sent_in_a_parcel,
    threatening_message,
    threats_before_flight,
    told_harm,
    wanted_alive,
    what_would_happen,
    you_are_next,
)
from factfinder.extract.events.verb_events import verb_event
from factfinder.extract.events.violence import degrading_treatment, pain_applied, torture_traces


def find_events(sent: Span) -> list[Detection]:
    """Every event trigger in the sentence that survives the package policy (events/__init__)."""
    found: list[Detection] = []
    for token in sent:
        lemma = LEMMA_FIXES.get(token.lower_, token.lemma_.lower())
        if token.lower_ == "threatening" and token.dep_ == "amod" and token.head.pos_ == "NOUN":
            detection = threatening_message(token.head)  # "received threatening phone calls"
        elif whereabouts_withheld(token):
            detection = Detection(
                "event",
                "enforced_disappearance",
                token,
                target=concealed_person(token),
                confidence=0.7,
            )
            if (event := verb_event(token, lemma)) is not None:
                if custody_not_admitted(token) and event.type == "detention":
                    event.negated, event.denier = True, token.head  # as "denied holding him"
                found.append(event)
        elif lemma == "warn" and (warning := conditional_warning(token)) is not None:
            detection = warning
        elif (
            lemma == "tell"
            and (warning := conditional_warning(token)) is not None
            and (warning.type == "harassment")
        ):
            detection = warning  # "have been told they would lose their jobs if they spoke out"
        elif lemma in THREAT_VERBS | {"say"} and (warning := told_harm(token)) is not None:
            detection = warning  # "told her she would not live to see the trial"
        elif lemma in AMONG_THOSE and (named := among_those(token)):
            found.extend(  # "Among those pardoned are the journalist Jaan Oskel and four …"
                Detection("event", AMONG_THOSE[lemma], token, target=person, confidence=0.75)
                for person in named
            )
            continue
        elif token.dep_ in ("amod", "compound") and (vanished := disappeared_person(token)):
            detection = Detection(  # "FEARS FOR DISAPPEARED STUDENT ORGANISER"
                "event",
                "enforced_disappearance",
                _outside(vanished),
                target=vanished,
                confidence=0.6,
            )
        elif no_prisoners_held(token):
            detection = Detection(  # "there are no political prisoners in Istrava"
                "event",
                "detention",
                token,
                target=token,
                negated=True,
                denier=token.head,
                confidence=0.7,
            )
        elif (jailed := jailed_by_name(token)) is not None:
            detection = Detection(  # "portraits of the jailed journalists Liska Dorne and …"
                "event", "detention", _outside(jailed), target=jailed, confidence=0.7
            )
        elif token.dep_ == "amod" and (uprooted := displaced_people(token)) is not None:
            detection = Detection(  # "interviewed 27 displaced Varu people"
                "event", "forced_displacement", _outside(uprooted), target=uprooted, confidence=0.6
            )
        elif lemma == "hear" and (missing := not_heard_from(token)) is not None:
            detection = Detection(  # "I have not heard anything from him since that day"
                "event", "enforced_disappearance", token, target=missing, confidence=0.65
            )
        elif lemma == "happen" and (warning := what_would_happen(token)) is not None:
            detection = warning  # "made clear what would happen to anyone who stayed"
        elif lemma == "happen" and (missing := fate_not_known(token)) is not None:
            detection = Detection(  # "his family don't know what happened to him"
                "event", "enforced_disappearance", token, target=missing, confidence=0.65
            )
        elif token.lower_ == "next" and you_are_next(token):
            detection = Detection(  # a door marked with the words "you are next"
                "event", "death_threat", token, target=marked_thing(token), confidence=0.65
            )
        elif lemma in ("bullet", "cartridge", "shell") and sent_in_a_parcel(token):
            detection = sent_in_a_parcel(token)  # "received a parcel containing a bullet"
        elif lemma in PUBLIC_APPEALS and (act := public_call(token)) is not None:
            detection = Detection(  # "urged viewers to 'clean the streets of this rabble'"
                "event",
                "incitement",
                token,
                agent=subject_of(token),
                target=called_against(act),
                confidence=0.7,
            )
        elif lemma in ("leave", "come", "return", "get", "walk") and (
            warning := never_leave_alive(token)
        ):
            detection = warning
        elif lemma in WATCHING_POSTS and (watched := parked_outside(token)) is not None:
            detection = Detection(  # "a police car was parked outside my building all night"
                "event", "harassment", token, target=watched, confidence=0.65
            )
        elif lemma in FAKING and (shown := impersonated(token)) is not None:
            detection = Detection(  # "someone created fake profiles with my photo"
                "event", "harassment", token, agent=subject_of(token), target=shown, confidence=0.65
            )
        elif lemma == "make" and (tormented := life_made_unbearable(token)) is not None:
            detection = Detection(  # "make life unbearable for those who shelter terrorists"
                "event",
                "incitement",
                token,
                agent=subject_of(token),
                target=tormented,
                confidence=0.7,
            )
        elif lemma == "want" and (warning := wanted_alive(token)) is not None:
            detection = warning  # "keep quiet if you want your daughters to grow up"
        elif lemma == "offer" and (offered := bribe_for_silence(token)) is not None:
            detection = Detection(  # "was offered 20,000 krona to withdraw her complaint"
                "event",
                "extortion",
                token,
                agent=by_agent(token) if is_passive(token) else subject_of(token),
                target=offered,
                confidence=0.7,
            )
        elif (
            token.lower_ in ("unaccounted", "missing")
            and (token.lower_ == "unaccounted" or reported_missing(token))
            and is_person_like(subject_of(token.head))
        ):
            detection = Detection(  # "two other members are still unaccounted for"
                "event",
                "enforced_disappearance",
                token,
                target=subject_of(token.head),
                confidence=0.7 if token.lower_ == "unaccounted" else 0.6,
            )
        elif lemma in BROWSING and (browsed := phone_gone_through(token)) is not None:
            detection = Detection(  # "an officer went through my phone"
                "event", "harassment", token, agent=subject_of(token), target=browsed
            )
        elif lemma in PAINTING and (branded := home_branded(token)) is not None:
            detection = Detection(  # "painted the word 'TRAITOR' on the door of her house"
                "event", "harassment", token, agent=subject_of(token), target=branded
            )
        elif lemma in ("come", "visit") and (pressed := police_visits(token)) is not None:
            detection = Detection(  # "police came to our apartment three times at night"
                "event", "harassment", token, agent=subject_of(token), target=pressed
            )
        elif lemma in PLANTING and (bugged := spyware_planted(token)) is not None:
            detection = Detection(  # "installed spyware on the phone of the lawyer"
                "event", "harassment", token, agent=subject_of(token), target=bugged
            )
        elif (refused := papers_withheld(token)) is not None:
            detection = Detection(  # "refused to renew the passport of the activist"
                "event", "harassment", token, agent=subject_of(token.head), target=refused
            )
        elif (accused := case_in_reprisal(token)) is not None:
            detection = Detection(  # "opened a criminal case against the editor in reprisal"
                "event", "harassment", token, agent=subject_of(token), target=accused
            )
        elif token.pos_ in ("NOUN", "ADJ") and (applied := pain_applied(token)) is not None:
            detection = Detection(  # "put a plastic bag over my head", "wires to my fingers"
                "event", "torture", token, agent=applied[0], target=applied[1], confidence=0.7
            )
        elif (scarred := torture_traces(token)) is not None:
            detection = Detection(  # "he had cigarette burns on his arms"
                "event", "torture", token, target=scarred, confidence=0.7
            )
        elif lemma in ("call", "appeal") and token.pos_ == "VERB" and is_call_to_violence(token):
            detection = call_to_violence_event(token)  # "called for violence against the Varu"
        elif token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            detection = verb_event(token, lemma)
            if (denied := _custody_denied_to_family(detection)) is not None:
                found.append(denied)
            if detection is not None and not detection.negated and held_for_money(token):
                other = "detention" if detection.type == "extortion" else "extortion"
                found.append(  # "held the migrants for ransom": the captivity and its price
                    replace(detection, type=other, confidence=0.75)
                )
        elif lemma == "treatment" and (
            (token.i >= 2 and token.doc[token.i - 2].lower_ == "ill") or degrading_treatment(token)
        ):
            detection = noun_event(token, "ill-treatment")  # "ill-treatment" is three tokens
        elif lemma == "threat" and (fled := threats_before_flight(token)) is not None:
            detection = Detection(  # "left Kelvara in May after death threats"
                "event", "death_threat", token, target=fled, nominal=True, confidence=0.7
            )
        elif lemma in MOURNING and token.pos_ == "NOUN" and mourning_sent(token):
            detection = mourning_threat(token)  # "left a funeral wreath with my name at my door"
        elif token.pos_ == "NOUN" and (official := price_set_by_official(token)) is not None:
            detection = _price_named(token, official)  # "an officer told her she could keep
            # her pitch for 200 korun"
        elif token.pos_ in ("NOUN", "NUM") and (freed := freed_on_payment(token)) is not None:
            detection = Detection(  # "was released upon payment of 2,000 dollars"
                "event",
                "extortion",
                token,
                agent=by_agent(freed) if is_passive(freed) else subject_of(freed),
                target=subject_of(freed) if is_passive(freed) else child_with(freed, "dobj"),
                confidence=0.7,
            )
        elif token.pos_ == "NOUN" and (payee := payment_to_holders(token)) is not None:
            detection = Detection(  # "relatives made payments to the guards to see him"
                "event", "extortion", token, agent=payee, target=subject_of(token.head)
            )
        elif token.pos_ == "NOUN" and (teller := cost_named_by_captor(token)) is not None:
            detection = _price_named(token, teller)  # "a guard told my mother it would cost
            # 3,000 tarv"
        elif sum_of_currency(token) and (payer := demanded_by_message(token)) is not None:
            detection = Detection(  # "received anonymous calls demanding 4,000 lira"
                "event", "extortion", token, target=payer, confidence=0.7
            )
        elif token.pos_ in ("NOUN", "NUM") and lemma not in NOUN_EVENTS and sum_of_currency(token):
            detection = noun_event(token, "money")  # "demanded 5,000 calderi from the family"
        elif token.pos_ in ("NOUN", "PROPN") and lemma in NOUN_EVENTS:
            detection = noun_event(token, lemma)
        elif lemma in KNOWLEDGE and token.pos_ == "NOUN" and (missing := no_word_of(token)):
            detection = Detection(
                "event", "enforced_disappearance", token, target=missing, confidence=0.65
            )
        elif lemma in ("call", "appeal") and token.pos_ == "NOUN" and is_call_to_violence(token):
            detection = call_to_violence_event(token)  # "the lawmaker's call to hunt down migrants"
        elif lemma == "campaign" and smear_campaign(token):
            detection = noun_event(token, "smear")
        elif lemma == "demand" and token.pos_ == "NOUN" and (price := price_demanded(token)):
            detection = noun_event(token, price)  # "received ransom demands by phone"
        elif (
            lemma in ("whereabouts", "whereabout", "fate")
            and not (token.dep_ == "conj" and token.head.lemma_.lower() in ("fate", "whereabouts"))
            and fate_unknown(token)
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
    found = _capture_by_unknown_men(_abduction_by_its_sequel(found))
    return _questioning_in_custody(_capture_in_disappearance(_one_search(_same_victim(found))))


def _price_named(price: Token, official: Token) -> Detection:
    """An extortion whose price an official names to the one who must pay it: the official
    is its agent, the one told its victim."""
    return Detection(
        "event",
        "extortion",
        price,
        agent=official,
        target=addressee_of(official),
        confidence=0.7,
    )


def _custody_denied_to_family(detection: Detection | None) -> Detection | None:
    """ "was told by the military prosecutor that he was not being held anywhere": beside the
    disappearance this conceals, the sentence denies the custody of a named person, which is
    kept as a negated detention attributed to the one who denies it (as "denied holding him")."""
    if detection is None or detection.type != "enforced_disappearance":
        return None
    hold = detection.trigger
    if hold.lemma_.lower() != "hold" or not told_not_held(hold) or _every_time(hold.head):
        return None
    return Detection(
        "event",
        "detention",
        hold,
        target=subject_of(hold),
        negated=True,
        denier=hold.head,
        confidence=0.7,
    )


def _every_time(told: Token) -> bool:
    """ "every time they are told", "whenever families ask": a habit of denial told of
    relatives in general, not the custody of someone named."""
    words = [t.lower_ for t in told.sent]
    pairs = zip(words, words[1:], strict=False)
    return "whenever" in words or any(a == "every" and b == "time" for a, b in pairs)


def _outside(people: Token) -> Token:
    """The word a described group hangs on ("interviewed" in "interviewed 27 displaced
    people"), as the trigger of the claim the description asserts, so that the victims'
    phrase is read whole rather than cut at the adjective inside it."""
    return people.head if people.head != people else people


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


# Verbs of freeing or holding whose participle can head a list of the people it names:
# "among those pardoned are …", "she was among those held for several hours".
FREEING = frozenset({"pardon", "release", "free", "amnesty", "amnestie", "discharge"})
HOLDING = frozenset({"arrest", "detain", "hold", "jail", "imprison"})
AMONG_THOSE = dict.fromkeys(FREEING, "release") | dict.fromkeys(HOLDING, "detention")
# Verbs of laying hands on someone that a ransom or a denied custody makes an abduction.
SEIZING_PEOPLE = CAPTURING | frozenset({"seize", "grab", "snatch", "pull", "drag", "pick"})


def _abduction_by_its_sequel(found: list[Detection]) -> list[Detection]:
    """ "were seized at checkpoints and held for ransom", "were taken from their homes …, and
    police later told relatives that the men were not in their custody": a capture followed
    in the same sentence by a ransom, or by a custody denied to the family, is an abduction
    or a concealed capture, that is an enforced disappearance, not an arrest."""
    ransomed = any(d.type == "extortion" and not d.negated for d in found)
    denied = [d.target for d in found if d.type == "detention" and d.negated and d.target]

    def same_people(target: Token | None) -> bool:
        return target is not None and any(
            t.lemma_.lower() == target.lemma_.lower() or t.pos_ == "PRON" for t in denied
        )

    abducted: list[Token] = []
    for detection in found:
        capture = detection.trigger.lemma_.lower() in SEIZING_PEOPLE
        if detection.type != "detention" or detection.negated or not capture:
            continue
        if ransomed or same_people(detection.target):
            detection.type = "enforced_disappearance"
            if detection.target is not None:
                abducted.append(detection.target)
    return [d for d in found if not _captivity_after(d, abducted)]


def _captivity_after(detection: Detection, abducted: list[Token]) -> bool:
    """ "seized Landa at a traffic stop, held him for six days in a warehouse and demanded
    150,000 pesos": holding the one abducted (named again or as "him") is the captivity of
    the abduction, not an arrest."""
    held = detection.target
    if detection.type != "detention" or held is None or not abducted:
        return False
    if detection.trigger.lemma_.lower() not in ("hold", "keep"):
        return False
    return held.pos_ == "PRON" or any(held.lemma_ == taken.lemma_ for taken in abducted)


# What makes captors unknown to their victim: "men in plain clothes", "unidentified men", "men
# who did not identify themselves" (masks alone are left to the other rules).
UNMARKED = frozenset({"unidentified", "unknown", "plainclothes", "plain-clothes"})
DISGUISES = frozenset({"clothes", "clothe", "plainclothes", "uniform"})


def unknown_captors(agent: Token | None) -> bool:
    """Men nobody can name: unidentified, in plain clothes or unmarked uniforms, who did not
    say who they were. A capture by them is an abduction, not an arrest by an authority."""
    if agent is None or agent.lemma_.lower() not in ("man", "person", "individual", "group"):
        return False
    marks = {c.lower_ for c in agent.children if c.dep_ in ("amod", "compound")}
    if marks & UNMARKED:
        return True
    following = agent.doc[agent.right_edge.i + 1 : agent.right_edge.i + 4]
    dressed = object_of_preposition(agent, "in")  # "men in plain clothes", however attached
    if dressed is None and len(following) and following[0].lower_ == "in":
        dressed = next((t for t in following[1:] if t.pos_ == "NOUN"), None)
    if dressed is not None and dressed.lemma_.lower() in DISGUISES:
        return True
    said_who = [c for c in agent.children if c.dep_ == "relcl" and c.lemma_.lower() == "identify"]
    return any(is_negated(c) for c in said_who)


def _capture_by_unknown_men(found: list[Detection]) -> list[Detection]:
    """ "was taken from his workshop by four men in plain clothes", "taken from his cell by men
    who did not identify themselves": a capture by men no one can name is an abduction, that
    is an enforced disappearance, not a detention."""
    if any(d.type == "enforced_disappearance" and not d.negated for d in found):
        return found  # the capture is part of the disappearance told (removed below)
    for detection in found:
        capture = detection.trigger.lemma_.lower() in SEIZING_PEOPLE
        if detection.type == "detention" and capture and not detection.negated:
            if unknown_captors(detection.agent):
                detection.type = "enforced_disappearance"
    return found


def _capture_in_disappearance(found: list[Detection]) -> list[Detection]:
    """ "relatives taken by intelligence officers have not been seen since", "members who were
    seized with him are still unaccounted for": the taking is the disappearance the sentence
    reports, not a separate detention."""
    if not any(d.type == "enforced_disappearance" and not d.negated for d in found):
        return found
    return [
        d
        for d in found
        if not (
            d.type == "detention"
            and (d.trigger.lemma_.lower() in SEIZING_PEOPLE or held_for_money(d.trigger))
        )
    ]


def _questioning_in_custody(found: list[Detection]) -> list[Detection]:
    """ "were taken to the police station and questioned for hours", "detained a journalist and
    confiscated his equipment": questioning in custody and seizing what the detainee carries
    are part of the detention, not separate acts of harassment (a searched home is not). So
    is questioning told beside torture or threats ("beat him while questioning him about
    relatives abroad"): the interrogation is where the abuse took place."""
    held = any(d.type == "detention" and not d.negated for d in found)
    abused = any(d.type in ("torture", "death_threat") and not d.negated for d in found)
    if not (held or abused):
        return found

    def part_of_arrest(d: Detection) -> bool:
        """Questioning of the one detained, or a seizure of their things, in the same sentence."""
        lemma = d.trigger.lemma_.lower()
        if lemma in ("question", "interrogate", "interrogation"):
            return True
        if held and lemma in ("come", "visit"):
            return True  # "police came to the house and arrested him": the arrest is the act
        return held and lemma in SEIZING and is_belonging(d.target)

    return [d for d in found if not (d.type == "harassment" and part_of_arrest(d))]


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

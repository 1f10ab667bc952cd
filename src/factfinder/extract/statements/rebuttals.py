"""Rebuttal rules: the act did not happen, was lawful, voluntary or explained otherwise."""

from __future__ import annotations

from spacy.tokens import Token

from factfinder.extract.actors import by_agent, child_with, object_of_preposition
from factfinder.extract.events import (
    LEMMA_FIXES,
    NOUN_EVENTS,
    PERSON_NOUNS,
    VERB_EVENTS,
    Detection,
    is_conditional,
    is_negated,
    is_passive,
    modal_of,
)
from factfinder.extract.events.people import THIRD_PERSON_OBJECTS, is_person_like
from factfinder.extract.statements.clauses import agent_of
from factfinder.extract.statements.denials import KIN_AND_COUNSEL, said_by_kin
from factfinder.extract.statements.lexicon import (
    ASSERTING_VERBS,
    HARMED,
    NOT_ABUSES,
    OFFICIALS,
    REPORT_NOUNS,
    SUFFERING_VERBS,
)

# A death put down to a natural cause or suicide by those accused of it: a denial.
EXPLAINED_DEATHS = frozenset({"natural", "heart", "suicide", "illness", "stroke", "overdose"})


def _death_explained(clause: Token) -> bool:
    """ "told their families they had suffered heart attacks", "said he died of natural causes",
    "that he had taken his own life"."""
    if _took_own_life(clause) or _death_put_down_to(clause):
        return True
    done_to_self = child_with(clause, "dobj")  # "that he had hanged himself with his shirt"
    if done_to_self is not None and done_to_self.lower_ in ("himself", "herself", "themselves"):
        suicide = clause.lemma_.lower() in ("hang", "kill", "shoot", "poison", "stab", "drown")
        return suicide and not said_by_kin(clause)  # the accused's version, not the family's
    if clause.lemma_.lower() not in ("die", "suffer", "commit", "have"):
        return False
    words = {t.lemma_.lower() for t in clause.subtree}
    return bool(words & EXPLAINED_DEATHS) and (
        clause.lemma_.lower() == "die" or bool(words & {"attack", "suicide", "stroke"})
    )


def _death_put_down_to(clause: Token) -> bool:
    """ "The death of the detainee was the result of suicide", "the deaths resulted from
    natural causes", "were caused by pre-existing illness": a death in custody given a
    natural cause or suicide as its cause (not "the result of torture")."""
    lemma = clause.lemma_.lower()
    subject = child_with(clause, "nsubj", "nsubjpass")
    if subject is None or subject.lemma_.lower() not in ("death", "they", "it"):
        return False
    if lemma == "be":
        result = child_with(clause, "attr")
        cause = object_of_preposition(result, "of") if result is not None else None
        cause = cause if result is not None and result.lemma_.lower() == "result" else None
    elif lemma in ("result", "stem"):
        cause = object_of_preposition(clause, "from")
    elif lemma == "cause" and is_passive(clause):
        cause = by_agent(clause)
    else:
        return False
    words = {t.lemma_.lower() for t in cause.subtree} if cause is not None else set()
    explained = bool(words & EXPLAINED_DEATHS) and not is_negated(clause)
    return explained and not said_by_kin(clause)  # the accused's version, not the family's


def _took_own_life(verb: Token) -> bool:
    """ "took his own life", "ended her own life": a death in custody put down to suicide."""
    life = child_with(verb, "dobj")
    return (
        verb.lemma_.lower() in ("take", "end")
        and life is not None
        and life.lemma_.lower() == "life"
        and any(c.lower_ == "own" for c in life.children)
    )


def says_it_did_not_happen(verb: Token) -> Detection | None:
    """ "The ministry said no one had been detained", "insisted there are no secret prisons".

    An actor asserting that an abuse did not happen, or that its victims or places do not
    exist, denies it.
    """
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]  # "…; the centre said all …"
    clauses += [c for clause in clauses for c in clause.conjuncts if c.pos_ in ("VERB", "AUX")]
    clauses += [c for clause in clauses for c in _clauses_before_semicolon(clause)]
    clauses += [  # "Nobody was deported, the families moved because …": two quoted clauses
        c for clause in clauses for c in clause.children if c.dep_ == "ccomp" and c.i < clause.i
    ]
    clause = next((c for c in clauses if _denies(c) or _told_not_there(verb, c)), None)
    if clause is None or verb.dep_ == "acl" or is_negated(verb) or is_conditional(verb):
        return None  # "papers saying we had not been mistreated" is no one's denial
    if _coerced(verb):
        return None  # "forced us to sign papers saying …": a coerced statement, not a denial
    if _answer_under_questioning(verb):
        return None  # "When I said there were no organisers, he hit me": a detainee's answer
    if is_passive(verb) and by_agent(verb) is None and not _told_not_there(verb, clause):
        return None  # "they are told their relatives are not held": no one named denies it
    teller = by_agent(verb) if is_passive(verb) else agent_of(verb)  # "was told at each …":
    return Detection(  # the family is told, no one named tells
        "statement", "deny", verb, agent=teller, target=clause, confidence=0.7
    )


# Nouns for what a party asserted, whose that-clause holds the assertion.
ASSERTION_NOUNS = frozenset(
    {"assertion", "statement", "claim", "contention", "insistence", "denial"}
)


def asserted_denial(noun: Token) -> Detection | None:
    """ "notes the State party's assertion that the deaths resulted from natural causes",
    "the delegation's statement that Mr Orlo took his own life": a party's denial reported
    as a noun with its that-clause; the possessor denies (not the family's or counsel's)."""
    if noun.dep_ not in ("dobj", "pobj"):
        return None  # "The authorities' claim that … is contradicted by": a rebuttal of it
    owner = child_with(noun, "poss")
    if owner is None or owner.lemma_.lower() in KIN_AND_COUNSEL | {"i", "my", "his", "her"}:
        return None
    clause = next(
        (c for c in noun.children if c.dep_ in ("acl", "ccomp") and _opens_with_that(c)),
        None,
    )
    denial = noun.lemma_.lower() == "denial"  # "the State party's denial that any of them
    if clause is None or not (denial or _denies(clause)):  # is being held": denied as said
        return None
    return Detection("statement", "deny", noun, agent=owner, target=clause, confidence=0.65)


def _opens_with_that(clause: Token) -> bool:
    """A that-clause, even when the parser takes its "that" for the object of its verb."""
    return (
        any(m.dep_ == "mark" for m in clause.children)
        or clause.doc[clause.left_edge.i].lower_ == "that"
    )


def _clauses_before_semicolon(clause: Token) -> list[Token]:
    """ "Nobody was beaten; the police acted with restraint," he said: the parser hangs the
    first of two quoted clauses joined by a semicolon or colon under the second."""
    if not any(c.dep_ == "punct" and c.lower_ in (";", ":") for c in clause.children):
        return []
    return [c for c in clause.children if c.dep_ == "ccomp" and c.i < clause.i]


def _denies(clause: Token) -> bool:
    """What an actor says that contradicts an abuse report: the act did not happen, its
    victims or places do not exist, it was lawful, the accused are innocent, words were
    twisted, or a death had a natural cause."""
    if any(_no_arrests_made(c) for c in (clause, *clause.conjuncts)):
        return False
    return (
        _negated_act(clause)
        or _nothing_exists(clause)
        or _of_their_own_accord(clause)
        or _no_complaint(clause)
        or _nothing_to_investigate(clause)
        or _defended_as_lawful(clause)
        or _nothing_to_do_with(clause)
        or _death_explained(clause)
        or _not_in_custody(clause)
        or _declared_innocent(clause)
        or _words_twisted(clause)
        or _self_defence(clause)
        or _critics_misinformed(clause)
        or _untrue(clause)
        or _never_happened(clause)
    )


# Custody acts whose absence, with no one in particular, tells police inaction.
ARRESTING = frozenset({"arrest", "detain"})


def _no_arrests_made(clause: Token) -> bool:
    """ "no arrests were made", "police have made no arrests in any of the cases", "did not
    detain anyone": a quiet march or culprits still free, reported; not an abuse denied
    (unlike "had not detained the journalist", "no one was detained for their opinions")."""
    lemma = clause.lemma_.lower()
    if lemma == "make":
        made = child_with(clause, "dobj", "nsubjpass")
        return made is not None and made.lemma_.lower() in ARRESTING | {"detention"}
    anyone = child_with(clause, "dobj")
    return lemma in ARRESTING and anyone is not None and anyone.lower_ in ("anyone", "anybody")


# What an incident is called when it is said not to have happened: "no such incident".
INCIDENTS = frozenset({"incident", "event", "attack", "raid", "operation", "thing"})


def _never_happened(clause: Token) -> bool:
    """'"This never happened," a spokesman told reporters', "no such incident took place":
    the incident reported said not to have occurred ("it never happened again" is narration)."""
    lemma = clause.lemma_.lower()
    place = child_with(clause, "dobj")
    taking_place = lemma == "take" and place is not None and place.lemma_.lower() == "place"
    if lemma not in ("happen", "occur") and not taking_place:
        return False
    if any(c.lower_ in ("again", "before", "yet") for c in clause.children):
        return False
    subject = child_with(clause, "nsubj")
    if subject is None:
        return False
    none = any(c.lower_ == "no" for c in subject.children) and (
        subject.lemma_.lower() in INCIDENTS or subject.lemma_.lower() in NOUN_EVENTS
    )
    pointed = subject.lower_ in ("this", "that", "it") and is_negated(clause)
    return none or pointed


# What a report is said not to match: "did not correspond to reality", "do not reflect the facts".
MATCHING = frozenset({"correspond", "reflect", "match", "accord", "conform", "tally"})
FACTS = frozenset({"reality", "fact", "truth", "situation"})


def _untrue(clause: Token) -> bool:
    """ "the claims did not correspond to reality", "the reports are not true", "the
    allegations are far from the truth": a report said not to match the facts."""
    subject = child_with(clause, "nsubj")
    if subject is None or subject.lemma_.lower() not in REPORT_NOUNS:
        return False
    lemma = clause.lemma_.lower()
    if lemma in MATCHING and is_negated(clause):
        matched = child_with(clause, "dobj") or object_of_preposition(clause, "to", "with")
        return matched is not None and matched.lemma_.lower() in FACTS
    if lemma != "be":
        return False
    quality = child_with(clause, "acomp")
    if quality is not None and quality.lower_ in ("true", "correct", "accurate"):
        return is_negated(clause)  # "the reports are not true"
    far = next((c for c in clause.children if c.lower_ == "far"), None)
    truth = object_of_preposition(far, "from") if far is not None else None
    return truth is not None and truth.lemma_.lower() in FACTS  # "far from the truth"


# What a rebuttal calls those who reported the abuse: "The Deputy is misinformed".
MISINFORMED = frozenset({"misinformed", "mistaken", "misguided", "deceived", "misled"})


def _critics_misinformed(clause: Token) -> bool:
    """ "The Deputy is misinformed", "the Special Rapporteur has been misled": the accused say
    the one reporting the abuse has it wrong."""
    quality = child_with(clause, "acomp")
    if clause.lemma_.lower() in MISINFORMED and is_passive(clause):
        quality = clause  # "has been misled" parsed as a passive verb
    subject = child_with(clause, "nsubj", "nsubjpass")
    return (
        quality is not None
        and quality.lower_ in MISINFORMED
        and not is_negated(clause)
        and subject is not None
        and (subject.pos_ == "PROPN" or subject.lemma_.lower() in PERSON_NOUNS | REPORT_NOUNS)
    )


def _self_defence(clause: Token) -> bool:
    """ "soldiers had acted in self-defence": force justified by those accused of it."""
    words = {t.lower_ for t in clause.subtree}
    return "self" in words and bool(words & {"defence", "defense", "self-defence", "self-defense"})


def _not_in_custody(clause: Token) -> bool:
    """ "she was not in the custody of any state body", "he is not being held": a capture
    the authorities deny."""
    custody = object_of_preposition(clause, "in")
    held = clause.lemma_.lower() in ("hold", "detain") and is_passive(clause)
    held = held or _brought_there(clause)
    in_custody = custody is not None and custody.lemma_.lower() in ("custody", "detention")
    return (held or in_custody or _not_with_us(clause)) and is_negated(clause)


def _brought_there(clause: Token) -> bool:
    """ "they told me he had never been brought there", "she was not taken here": a place of
    custody answering that the missing person never arrived (checked with the negation)."""
    if clause.lemma_.lower() not in ("bring", "take") or not is_passive(clause):
        return False
    if any(c.dep_ in ("prep", "agent") for c in clause.children):
        return False  # "were not taken there by bus": the means denied, not the custody
    return any(c.lower_ in ("there", "here") and c.dep_ == "advmod" for c in clause.children)


def _not_with_us(clause: Token) -> bool:
    """What a police station tells a family at its door: "he is not here", "we do not have
    her"."""
    subject = child_with(clause, "nsubj")
    if subject is None or subject.tag_ != "PRP":
        return False
    lemma = clause.lemma_.lower()
    if lemma == "be":
        return any(c.lower_ == "here" for c in clause.children)
    held = child_with(clause, "dobj")
    return (
        lemma == "have"
        and subject.lower_ in ("we", "they")
        and held is not None
        and held.lower_ in THIRD_PERSON_OBJECTS
    )


def _declared_innocent(clause: Token) -> bool:
    """ "said his clients were innocent", "insisted the men were not guilty"."""
    quality = child_with(clause, "acomp", "attr")
    if clause.lemma_.lower() != "be" or quality is None:
        return False
    word = quality.lemma_.lower()
    return word == "innocent" or (word == "guilty" and is_negated(clause))


def _words_twisted(clause: Token) -> bool:
    """ "his words had been taken out of context", "the remarks were misquoted"."""
    lemma = clause.lemma_.lower()
    if lemma in ("misquote", "misrepresent", "misinterpret", "twist", "distort"):
        return True
    context = object_of_preposition(clause, "of")  # "out of context"
    if context is None:
        context = next((t for t in clause.subtree if t.lower_ == "context"), None)
    return lemma == "take" and context is not None and context.lower_ == "context"


def _told_not_there(told: Token, clause: Token) -> bool:
    """ "was told at each (station) that her husband was not there": the answer a family gets
    at the door of a place of custody, a denial by those who keep it even when the text names
    no one (not "she was not there when they came", a whereabouts in a story)."""
    if told.lemma_.lower() != "tell" or clause.lemma_.lower() != "be" or not is_negated(clause):
        return False
    subject = child_with(clause, "nsubj")
    person = subject is not None and (subject.tag_ == "PRP" or is_person_like(subject))
    loved = subject is not None and any(c.lower_ == "loved" for c in subject.children)
    person = person or loved  # "their loved ones are not there"
    there = any(c.lower_ in ("there", "here") and c.dep_ == "advmod" for c in clause.children)
    story = any(c.dep_ in ("advcl", "prep", "npadvmod") for c in clause.children)
    return person and there and not story and _at_the_door(told)


def _at_the_door(told: Token) -> bool:
    """Whether "told" is the answer given where the missing are sought: by an official ("the
    guards told her"), or, unnamed, "at each" station or "every time" a family asks."""
    if not is_passive(told):
        teller = agent_of(told)
        return teller is not None and teller.lemma_.lower() in OFFICIALS | FORCES
    asked_at = object_of_preposition(told, "at") is not None
    every_time = told.dep_ == "relcl" and told.head.lemma_.lower() == "time"
    return asked_at or every_time


def _answer_under_questioning(verb: Token) -> bool:
    """ "When I said there were no organisers, he hit me": a speaker's own answer told as the
    moment of an act against them, not an actor's denial."""
    subject = child_with(verb, "nsubj")
    first_person = subject is not None and subject.lower_ in ("i", "we")
    moment = any(
        c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "after") for c in verb.children
    )
    return verb.dep_ == "advcl" and first_person and moment


def _coerced(verb: Token) -> bool:
    """ "forced us to sign papers saying we had not been mistreated": words said under
    coercion deny nothing."""
    current = verb
    for _ in range(4):
        if current.head == current:
            return False
        current = current.head
        if current.lemma_.lower() in ("force", "make", "compel", "coerce", "pressure"):
            return True
    return False


DENIABLE_ACTS = VERB_EVENTS.keys() | HARMED


def _negated_act(clause: Token) -> bool:
    """ "the men were not tortured", "torture was not tolerated"."""
    verbs = [clause, *(c for c in clause.children if c.dep_ == "conj")]
    for verb in verbs:
        subject = child_with(verb, "nsubj", "nsubjpass")
        act = (
            LEMMA_FIXES.get(verb.lower_, verb.lemma_.lower()) in DENIABLE_ACTS
            or _laid_a_finger(verb)
            or (verb.lemma_.lower() in THREATENING and is_passive(verb))  # "had been threatened"
            or (subject is not None and subject.lemma_.lower() in NOUN_EVENTS)
        )
        if act and is_negated(verb):  # the cheap test first: most clauses name no act
            return True
    return False


# What those sought for an act are sought for: "no one has been arrested for the murder".
CRIMES = frozenset({"crime", "murder", "killing", "attack", "death", "assault", "abduction"})


def nobody_harmed(verb: Token) -> bool:
    """A rebuttal in its own voice: the text says, in the present or present perfect, that no
    one at all suffered the act ("No detainee at the facility has been beaten"). The past
    tense of narration ("no one was hurt") and the search for culprits ("no one has been
    arrested for the murder") are not denials."""
    lemma = LEMMA_FIXES.get(verb.lower_, verb.lemma_.lower())
    suffered = lemma in SUFFERING_VERBS and _suffered_abuse(verb)
    forced = any(c.lower_ == "forcibly" for c in verb.children)  # "forcibly removed"
    if (lemma not in DENIABLE_ACTS or lemma in NOT_ABUSES) and not (
        suffered or forced or _held_in_custody(verb) or lemma in THREATENING
    ):
        return False
    subject = child_with(verb, "nsubjpass", "nsubj")
    nobody = subject is not None and (
        subject.lower_ in ("nobody", "none")
        or any(c.lower_ == "no" and c.dep_ == "det" for c in subject.children)
        or (subject.lower_ == "one" and any(c.lower_ == "no" for c in subject.children))
    )
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    present = bool(auxes & {"has", "have", "is", "are"}) or verb.tag_ in ("VBZ", "VBP")
    present = present or any(c.lower_ == "ever" for c in verb.children)  # "None … was ever held"
    present = present or _mistreatment(lemma) or suffered
    culprits = object_of_preposition(verb, "for")
    sought = culprits is not None and culprits.lemma_.lower() in CRIMES | set(NOUN_EVENTS)
    return nobody and present and not sought and not is_conditional(verb)


# Ill-treatment that narration seldom reports as absent: "No peaceful protester was beaten".
MISTREATING = frozenset({"torture", "harassment"})
THREATENING = frozenset({"threaten", "ill-treat", "mistreat"})


def _mistreatment(lemma: str) -> bool:
    """Whether saying that no one suffered the act denies it even in the past tense: "No
    detainee was beaten", "no journalist had been threatened" rebut abuse reports, while "no
    one was hurt", "no one was arrested" or "no one was killed" narrate a quiet day."""
    return VERB_EVENTS.get(lemma) in MISTREATING or lemma in THREATENING


def _held_in_custody(verb: Token) -> bool:
    """ "None of them was ever held by the police", "No one is held for his opinions":
    custody denied; not "no one has been held responsible" (no culprit found)."""
    if verb.lemma_.lower() != "hold" or not is_passive(verb):
        return False
    words = {c.lemma_.lower() for c in verb.children}  # "to account" is often parsed a verb
    account = object_of_preposition(verb, "to")
    words |= {account.lemma_.lower()} if account is not None else set()
    return not words & {"responsible", "accountable", "account", "justice"}


# What a rebuttal says no one underwent, beyond the event lexicon's nouns.
ABUSE_NOUNS = frozenset(
    {"pressure", "threat", "violence", "ill-treatment", "abuse", "harassment", "force"}
)


def _suffered_abuse(verb: Token) -> bool:
    """ "has received threats", "was subjected to physical pressure"."""
    undergone = child_with(verb, "dobj") or object_of_preposition(verb, "to")
    if undergone is None:
        return False
    noun = undergone.lemma_.lower()
    return noun in ABUSE_NOUNS or noun in NOUN_EVENTS


# What a motive is said to have had in a decision: "played no part", "no role".
ROLES = frozenset({"part", "role"})
# Verbs of leaving that a rebuttal calls chosen: "those families left of their own accord".
LEAVING = frozenset({"leave", "move", "go", "return", "relocate", "depart"})


def own_voice_rebuttal(root: Token) -> bool:
    """A government's statement in its own voice, with no reporting verb: "All persons held
    at the centre are treated in strict accordance with the law", or a denial opened by
    "Contrary to claims by …" / "Contrary to what is claimed, …"."""
    if modal_of(root) is not None or is_conditional(root) or root.lemma_.lower() in ASSERTING_VERBS:
        return False
    if _contrary_to_claims(root):
        return _denies(root) or _nobody_harmed_at_any_time(root)
    if _critics_misinformed(root):
        return True  # "MINISTER: The Deputy is misinformed."
    subject = child_with(root, "nsubj")
    if root.dep_ == "acl":  # "Those families left of their own accord, and …": misparsed
        subject = root.head
    if root.lemma_.lower() in LEAVING and _of_their_own_accord(root) and subject is not None:
        return subject.lemma_.lower() in PERSON_NOUNS | {"they", "family", "resident"}
    if _does_not_do(root, subject):
        return True  # "Our officers do not take bribes", "The police do not torture detainees"
    if _does_not_hold(root, subject) or _death_put_down_to(root):
        return True  # "The death of the detainee … was the result of suicide."
    return _defended_as_lawful(root) and not is_negated(root)


# Those whose conduct an official rebuttal vouches for: "Our officers do not take bribes".
FORCES = OFFICIALS | {"officer", "soldier", "force", "guard", "unit", "army", "agent", "staff"}
# Objects that make an innocent verb an abuse: "take bribes", "take hostages".
ABUSE_OBJECTS = frozenset({"bribe", "hostage", "ransom"})


def _does_not_do(root: Token, doer: Token | None) -> bool:
    """ "Our officers do not take bribes", "the Federal Police does not take hostages", "The
    police do not torture detainees": an authority saying in the present that its forces
    never commit the abuse, a denial (not "the police did not arrest anyone", narration)."""
    if doer is None or doer.lemma_.lower() not in FORCES or not is_negated(root):
        return False
    if root.tag_ not in ("VB", "VBZ", "VBP") or not any(
        c.lower_ in ("do", "does") and c.dep_ == "aux" for c in root.children
    ):
        return False
    done = child_with(root, "dobj")
    lemma = LEMMA_FIXES.get(root.lower_, root.lemma_.lower())
    abuse = lemma in DENIABLE_ACTS and lemma not in NOT_ABUSES | ARRESTING
    return abuse or (done is not None and done.lemma_.lower() in ABUSE_OBJECTS)


def _does_not_hold(root: Token, holder: Token | None) -> bool:
    """ "The Ministry does not hold Mr Orlan", "The service is not holding her": an authority
    saying, in the present, that it has no such person in custody (a denial of a capture)."""
    if root.lemma_.lower() not in ("hold", "detain") or not is_negated(root):
        return False
    present = root.tag_ in ("VBZ", "VBP", "VB", "VBG") and not any(
        c.lower_ in ("did", "was", "were", "had") for c in root.children
    )
    official = holder is not None and (
        holder.ent_type_ == "ORG" or holder.lemma_.lower() in OFFICIALS | {"ministry", "we"}
    )
    held = child_with(root, "dobj")
    person = held is not None and (
        is_person_like(held)  # "Mr Karsa", whatever entity the tagger gives the name
        or held.lower_ in THIRD_PERSON_OBJECTS
    )
    return present and official and person


def _contrary_to_claims(root: Token) -> bool:
    """ "Contrary to claims, …": a sentence that opens by rebutting reports."""
    contrary = next((c for c in root.children if c.lower_ == "contrary"), None)
    return contrary is not None and any(c.lower_ == "to" for c in contrary.children)


def _nobody_harmed_at_any_time(verb: Token) -> bool:
    """After "Contrary to claims", even a past tense ("no one was beaten") is a denial."""
    lemma = LEMMA_FIXES.get(verb.lower_, verb.lemma_.lower())
    act = lemma in DENIABLE_ACTS or (lemma in SUFFERING_VERBS and _suffered_abuse(verb))
    return act and lemma not in NOT_ABUSES and is_negated(verb)


def _laid_a_finger(verb: Token) -> bool:
    """ "never laid a finger on him", "did not touch anyone", "our units do not fire on
    civilian areas": harm denied in plain words."""
    lemma = verb.lemma_.lower()
    if lemma == "touch":
        return True
    if lemma in ("fire", "shoot") and object_of_preposition(verb, "on", "at") is not None:
        return True
    finger = child_with(verb, "dobj")
    return lemma == "lay" and finger is not None and finger.lemma_.lower() in ("finger", "hand")


# What lawful conduct complies with: "the law", "the Code", "procedure", "regulations".
RULES = frozenset(
    {"law", "laws", "code", "procedure", "legislation", "constitution", "standards", "rules"}
    | {"regulations", "norms", "requirements", "statute"}
)


def _defended_as_lawful(clause: Token) -> bool:
    """ "detainees are treated in accordance with the law", said in answer to reports of abuse."""
    subject = child_with(clause, "nsubj", "nsubjpass")
    if subject is None:
        return False
    words = {t.lower_ for t in clause.subtree}
    lawful = {"accordance", "law"} <= words or {"within", "law"} <= words
    lawful = lawful or (clause.lemma_.lower() in LAWFULLY_DONE and bool(words & LAWFULLY))
    lawful = lawful or ("compliance" in words and bool(words & (RULES | {"law"})))
    lawful = lawful or _rules_followed(clause)
    lawful = lawful or (clause.lemma_.lower() == "treat" and bool(words & {"humanely", "well"}))
    lawful = lawful or (  # "all arrests have complied fully with the Code of Procedure"
        clause.lemma_.lower() in ("comply", "conform", "accord", "adhere") and bool(words & RULES)
    )
    lemmas = {t.lemma_.lower() for t in clause.subtree}
    lawful = lawful or ("basis" in lemmas and bool(lemmas & {"order", "warrant", "decision"}))
    quality = child_with(clause, "acomp")  # "the demolitions were lawful"
    lawful = lawful or (
        clause.lemma_.lower() == "be"
        and quality is not None
        and quality.lower_ in LAWFUL_WORDS
        and not is_negated(clause)
    )
    held = subject.lemma_.lower() in PERSON_NOUNS | {"police", "force", "unit", "right"}
    acts = subject.lemma_.lower()  # "every detention was carried out …", "the demolitions …"
    held = held or acts in NOUN_EVENTS or acts in OFFICIAL_ACTS
    named = subject.ent_type_ == "PERSON" or subject.pos_ == "PROPN"  # "Mr Verest has been treated"
    everyone = subject.lower_ in ("they", "he", "she", "those", "all", "everyone", "everybody")
    return lawful and (held or named or everyone)


# "was detained lawfully", "were legally deported": an act defended by its lawfulness.
LAWFULLY = frozenset({"lawfully", "legally", "legitimately"})
LAWFULLY_DONE = frozenset(
    {"detain", "arrest", "hold", "deport", "expel", "remove", "return", "imprison", "search"}
)


# What authorities call lawful when defending an act ("the demolitions were lawful").
LAWFUL_WORDS = frozenset({"lawful", "legal", "legitimate", "justified", "proportionate"})
# Official acts a rebuttal defends that are no abuse in name ("all returns were lawful").
OFFICIAL_ACTS = frozenset(
    {
        "demolition",
        "clearance",
        "dispersal",
        "expulsion",
        "operation",
        "raid",
        "search",
        "measure",
        "removal",
        # a court's acts, defended as lawful when their fairness is questioned
        "trial",
        "conviction",
        "verdict",
        "sentence",
        "proceeding",
    }
)
# Verbs of keeping to the rules: "his officers had followed procedure".
KEEPING = frozenset({"follow", "observe", "respect", "obey"})


def _rules_followed(clause: Token) -> bool:
    """ "his officers had followed procedure", "the lawyers' rights had been fully respected":
    conduct in the events said to keep to the rules or to respect rights, in answer to abuse
    reports."""
    if clause.lemma_.lower() not in KEEPING or is_negated(clause):
        return False
    if clause.tag_ not in ("VBD", "VBN"):
        return False  # "Our soldiers follow the law": a creed, not an account of the events
    kept = child_with(clause, "nsubjpass") if is_passive(clause) else child_with(clause, "dobj")
    if kept is None:
        return False
    return kept.lemma_.lower() in RULES | {"law", "procedure"} or (
        kept.lemma_.lower() == "right" and is_passive(clause)
    )


def _nothing_to_do_with(clause: Token) -> bool:
    """ "said it had nothing to do with the killings", "politics played no part"."""
    part = child_with(clause, "dobj")
    if clause.lemma_.lower() == "play" and part is not None and part.lemma_.lower() in ROLES:
        return any(c.lower_ == "no" for c in part.children)
    nothing = child_with(clause, "dobj")
    if clause.lemma_.lower() != "have" or nothing is None or nothing.lower_ != "nothing":
        return False
    return any(t.lemma_.lower() == "do" for t in nothing.subtree)


def _of_their_own_accord(clause: Token) -> bool:
    """ "These are voluntary relocations", "the families left of their own accord": a move
    the accused say was chosen, which denies that anyone was forced."""
    words = [t.lower_ for t in clause.subtree]
    chosen = bool({"voluntary", "voluntarily"} & set(words))
    for first, second in zip(words, words[1:], strict=False):
        if (first, second) in (("own", "accord"), ("free", "will"), ("own", "volition")):
            chosen = True
    return chosen and not is_negated(clause)


# What is filed with the police or an office about abuse.
COMPLAINT_NOUNS = frozenset({"complaint", "report", "allegation", "case", "claim", "grievance"})


def _no_complaint(clause: Token) -> bool:
    """ "no trader had filed a complaint about extortion", "has received no complaints":
    the authorities saying no one complained deny that anything happened."""
    if clause.lemma_.lower() not in ("file", "receive", "lodge", "register", "submit", "make"):
        return False
    complaint = child_with(clause, "dobj", "nsubjpass")
    if complaint is None or complaint.lemma_.lower() not in COMPLAINT_NOUNS:
        return False
    about = object_of_preposition(complaint, "about", "of", "over", "regarding")
    if about is None or about.lemma_.lower() not in NOUN_EVENTS:
        return False  # "had not received a complaint" answers about procedure, not the abuse
    return is_negated(clause) or any(c.lower_ == "no" for c in complaint.children)


def _nothing_to_investigate(clause: Token) -> bool:
    """'there was "nothing to investigate"', "no case to answer": no abuse to look into."""
    for token in clause.subtree:
        if token.lower_ == "nothing" and any(
            c.lemma_.lower() in ("investigate", "answer", "hide", "report") for c in token.children
        ):
            return True
    return False


# Verbs of using force on people: "no force was used", "no pressure was exerted".
USING = frozenset({"use", "employ", "apply", "exert"})


def _nothing_exists(clause: Token) -> bool:
    """ "there are no political prisoners", "no arrests took place"."""
    for child in clause.children:
        if child.dep_ in ("attr", "nsubj", "nsubjpass", "dobj") and any(
            c.lower_ == "no" for c in child.children
        ):
            noun = child.lemma_.lower()
            existence = clause.lemma_.lower() == "be" and child_with(clause, "acomp") is None
            against = object_of_preposition(child, "against")  # "no campaign against any group"
            aimed = against is not None and (
                against.lemma_.lower() in PERSON_NOUNS | {"group", "minority", "community"}
            )
            if noun in NOUN_EVENTS or (
                existence and (noun in PERSON_NOUNS or child.tag_ == "NNS" or aimed)
            ):  # not "no official has been willing to say": unwillingness, not absence
                return True
            if noun in ABUSE_NOUNS and clause.lemma_.lower() in USING:
                return True  # "no force had been used", "no pressure was applied"
    return False

"""Claims the learned model proposes where the rules found none, and rule claims it overrules.

The model says only THAT a sentence asserts a type; which word carries it, who did it and
to whom come from the same parse helpers the rules use, and the claim is then built by
the extractor like any rule's (speaker, attribution, place, date, figures written in the
sentence), so a proposal never has a number the sentence does not write. What the rules
treat as no claim (a hypothetical, a future, a question, an intention, the content of a
demand, an instruction) is no proposal either.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Span, Token

from factfinder.extract.actors import by_agent, child_with, object_of_preposition, subject_of
from factfinder.extract.events import (
    Detection,
    intent_governor,
    is_conditional,
    is_negated,
    is_passive,
    modal_of,
)
from factfinder.extract.events.clauses import governors, imperative, under_denial
from factfinder.extract.events.people import is_person_like
from factfinder.extract.learned.features import lemma, sentence_features, token_features
from factfinder.extract.learned.model import TypeModel, TypeWeights
from factfinder.extract.learned.senses import in_another_sense
from factfinder.extract.statements.clauses import agent_of, target_of
from factfinder.extract.statements.lexicon import REQUEST_VERBS, VERB_STATEMENTS
from factfinder.extract.statements.scan import DENIED_RIGHTS

# Parts of speech a type can be told by: "detained", "detention", "missing".
_TRIGGER_POS = frozenset({"VERB", "NOUN", "ADJ", "PROPN", "AUX"})
# A proposal needs a word that carries its type: this much of the model's evidence on one token.
MIN_TRIGGER_WEIGHT = 0.05
# What asking for an act is: its content is the demand, not a report that the act happened.
_ASKING = REQUEST_VERBS | {"want", "seek", "recommend", "insist", "need", "require"}
_ASKING_NOUNS = frozenset({"call", "appeal", "demand", "request", "plea", "petition"})
# What orders an act named by a noun: "the court ordered the release of" tells of an order,
# not that the release was carried out.
_ORDERING = frozenset({"order", "authorise", "authorize", "approve", "decree", "sanction"})
# Verbs whose subject takes a stance itself ("deplored", "urged"), not a speaker's report.
_STANCE_VERBS = frozenset(VERB_STATEMENTS) | REQUEST_VERBS | {"reject", "dismiss", "regret"}
# Acts whose subject, with no object, is the one who suffered them: "three men have died".
_UNDERGONE_BY_SUBJECT = frozenset(
    {"killing", "enforced_disappearance", "forced_displacement", "release", "extortion"}
)
# Statements that are requests: "must release", "to investigate" are how they are worded.
_REQUESTS = frozenset({"demand", "call_for_investigation"})
_LEAVING = frozenset({"leave", "flee", "cross", "escape", "abandon", "move", "quit", "go"})
_PAYING = frozenset({"pay", "hand", "give", "borrow", "sell"})
# Custody acts: two verbs of one custody ("kidnapped and held") tell one act.
_CUSTODY = frozenset({"detention", "enforced_disappearance", "release"})
# A proposal is surer than nothing but less sure than a rule that names its grammar.
MAX_PROPOSAL_CONFIDENCE = 0.75


@dataclass
class Proposal(Detection):
    """A detection the model proposed: its victims phrase is a guess, so the extractor gives
    it the figures written in those words, else the ones the sentence's grammar ties to its
    act (never a number the sentence does not write); a proposed statement gets none."""


class Supplement(Protocol):
    """What the extractor asks of a second opinion: the sentence's detections, revised."""

    def revise(self, span: Span, found: list[Detection]) -> list[Detection]: ...


class LearnedTypes:
    """The shipped supplement: a type model, its add and drop thresholds, and the proposer."""

    def __init__(self, model: TypeModel) -> None:
        self.model = model

    def revise(self, span: Span, found: list[Detection]) -> list[Detection]:
        """Drop rule detections the model finds very unlikely; add the types it is sure of."""
        features = sentence_features(span, found)
        fired = {d.type for d in found}
        revised = list(found)
        for name, weights in self.model.types.items():
            wanted_add = weights.add_above is not None and name not in fired
            wanted_drop = weights.drop_below is not None and name in fired
            if not (wanted_add or wanted_drop):
                continue
            probability = weights.probability(features)
            if wanted_drop and probability < weights.drop_below:
                revised = [d for d in revised if d.type != name]
            elif wanted_add and probability >= weights.add_above:
                proposal = propose(span, name, weights, probability, found)
                if proposal is not None:
                    revised.append(proposal)
        return revised


def propose(
    span: Span, name: str, weights: TypeWeights, probability: float, found: list[Detection]
) -> Detection | None:
    """A detection of type `name` on the word that carries most of the model's evidence, or
    None when no word does, when a rule already read that word as another type, or when the
    word stands where the rules would make no claim."""
    trigger = trigger_of(span, weights)
    if trigger is None or is_conditional(trigger):
        return None
    if any(d.trigger.i == trigger.i for d in found):
        return None  # "beaten to death" is the killing a rule found, not also a torture
    if name in _CUSTODY and _custody_told_beside(trigger, found):
        return None  # "kidnapped in May and held in a house": one disappearance, two verbs
    confidence = round(min(MAX_PROPOSAL_CONFIDENCE, probability * MAX_PROPOSAL_CONFIDENCE), 2)
    if weights.kind == "statement":
        if name not in _REQUESTS and not _stance_taken(trigger):
            return None
        if trigger.pos_ not in ("VERB", "AUX") and is_person_like(trigger):
            return None  # a person is no stance: "arrested for the murder of the journalist"
        if name == "deny" and _withheld(trigger):
            return None  # "denied the prisoners food" withholds; it denies no claim
        if _calls_spoken_of(trigger):
            return None  # "Calls for an investigation have grown": no one asks here
        stance_verb = trigger.pos_ in ("VERB", "AUX") and lemma(trigger) in _STANCE_VERBS
        return Proposal(
            "statement",
            name,
            trigger,
            agent=_stance_taker(trigger),
            # only a stance verb's object is what the stance is about: a reporting verb's
            # object is the report ("said the search was lawful")
            target=target_of(trigger) if stance_verb else None,
            negated=False,
            speaker_is_agent=True,
            confidence=confidence,
        )
    if not _asserted(trigger):
        return None
    if trigger.pos_ in ("VERB", "AUX"):
        agent, target = _verb_roles(trigger, name)
        negated = is_negated(trigger) or under_denial(trigger)
    else:
        agent = by_agent(trigger)
        target = object_of_preposition(trigger, "of", "against") or child_with(trigger, "poss")
        negated = False
    if target is None:
        return None  # an act with no one the grammar says it befell is too loose to claim
    if in_another_sense(name, trigger, agent, target):
        return None  # "released its annual earnings", "the virus had killed 12 people"
    return Proposal(
        "event",
        name,
        trigger,
        agent=agent,
        target=target,
        nominal=trigger.pos_ not in ("VERB", "AUX"),
        negated=negated,
        confidence=confidence,
    )


def _custody_told_beside(trigger: Token, found: list[Detection]) -> bool:
    """Whether the rules read a coordinated verb of the same custody as another custody act:
    "kidnapped and held" is the disappearance the rules found, not also a detention."""
    beside = {t.i for t in trigger.conjuncts}
    return any(d.type in _CUSTODY and d.trigger.i in beside for d in found)


def _withheld(deny: Token) -> bool:
    """ "denied the prisoners food", "denied her access": what is denied is a thing withheld
    (the rules' DENIED_RIGHTS), not a claim."""
    if deny.lemma_.lower() != "deny":
        return False
    denied = child_with(deny, "dobj")
    return denied is not None and denied.lemma_.lower() in DENIED_RIGHTS


def _stance_taken(trigger: Token) -> bool:
    """Whether the sentence says a stance was taken: not one in an infinitive ("the failure of
    the ministry to condemn", "refused to comment") or under a modal ("detainees must be
    treated in accordance with the law" states a rule, it denies nothing)."""
    verb = next((t for t in (trigger, *governors(trigger)) if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None:
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return False
        modal = modal_of(verb)
        if modal is not None and modal != "past":
            return False
    return True


def _calls_spoken_of(trigger: Token) -> bool:
    """ "Calls for an investigation have grown", "the appeal for calm went unheeded": requests
    the sentence talks about as its subject, not a request anyone makes in it."""
    asking = next((g for g in governors(trigger)[:3] if lemma(g) in _ASKING_NOUNS), None)
    return asking is not None and asking.dep_ in ("nsubj", "nsubjpass")


def _stance_taker(trigger: Token) -> Token | None:
    """A stance verb's subject, or a named body or person as the subject of the word that
    carries the stance; otherwise None, and the sentence's speaker takes the stance ("said
    the figures showed …" is not the figures' stance)."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return None
    subject = agent_of(trigger)
    if lemma(trigger) in _STANCE_VERBS:
        return subject
    named = subject is not None and subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
    return subject if named else None


def _verb_roles(verb: Token, name: str) -> tuple[Token | None, Token | None]:
    """Who did it and to whom: passive "were held by police"; active "police held them"; and
    an active verb the victims themselves are the subject of: "we left everything and
    crossed", "three men have died", "he paid the next Friday" (paid to whom is the agent)."""
    if is_passive(verb):
        return by_agent(verb), subject_of(verb)
    word = lemma(verb)
    if name == "extortion" and word in _PAYING:
        return object_of_preposition(verb, "to"), subject_of(verb)
    undergone = name == "forced_displacement" and word in _LEAVING
    obj = child_with(verb, "dobj")
    if undergone or (obj is None and name in _UNDERGONE_BY_SUBJECT):
        return None, subject_of(verb)
    return subject_of(verb), obj


def trigger_of(span: Span, weights: TypeWeights) -> Token | None:
    """The token whose own features (its lemma, its arguments, its prepositions) weigh most
    for the type: "held" in "were held incommunicado", "whereabouts" in "whereabouts unknown"."""
    best: tuple[float, Token] | None = None
    for token in span:
        if token.pos_ not in _TRIGGER_POS or not token.is_alpha:
            continue
        score = sum(weights.weights.get(f, 0.0) for f in token_features(token))
        if score > MIN_TRIGGER_WEIGHT and (best is None or score > best[0]):
            best = (score, token)
    return best[1] if best is not None else None


def _asserted(trigger: Token) -> bool:
    """Whether the act is told as having happened: not willed, planned, asked for or ordered."""
    if trigger.pos_ in ("VERB", "AUX"):
        modal = modal_of(trigger)
        if modal is not None and modal != "past":
            return False
        if intent_governor(trigger) is not None or imperative(trigger):
            return False
    for governor in governors(trigger)[:6]:
        word = lemma(governor)
        if word in _ASKING and governor.pos_ in ("VERB", "AUX"):
            return False  # "called for the release of", "urged them to free"
        if word in _ASKING_NOUNS and governor.pos_ == "NOUN":
            return False  # "renewed its call for their release"
        if word in _ORDERING and trigger.pos_ not in ("VERB", "AUX"):
            return False  # "the court ordered the release of the activist"
    return True

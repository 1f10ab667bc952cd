"""Dependency helpers for statement triggers: who speaks, about what, in whose voice."""

from __future__ import annotations

from spacy.tokens import Token

from factfinder.extract.actors import (
    by_agent,
    child_with,
    object_of_preposition,
    objects_of_prepositions,
    subject_of,
)
from factfinder.extract.attribution import report_frames
from factfinder.extract.events import (
    NOUN_EVENTS,
    Detection,
    clause_root,
    is_conditional,
    is_negated,
    is_passive,
    modal_of,
)
from factfinder.extract.statements.lexicon import (
    ASSERTING_VERBS,
    REJECTING_VERBS,
    REPORT_NOUNS,
    VERB_STATEMENTS,
)


def in_reported_speech(verb: Token) -> bool:
    """A clause someone's words carry ("said X must …", "must open an inquiry and bring …")."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ASSERTING_VERBS | {"urge"}


def main_clause(verb: Token) -> bool:
    """A clause the text asserts in its own voice ("Those responsible must be held to
    account."; a headline's "Joint statement: Calderra must stop the abuse")."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    if verb.dep_ == "ROOT":
        return not verb.sent.text.rstrip().endswith("?")
    headline = verb.dep_ in ("acl", "appos") and verb.head.dep_ == "ROOT"
    return headline and child_with(verb, "nsubj", "nsubjpass") is not None


def that_clause(word: Token) -> Token | None:
    """A "that" clause the parser took for a relative clause: "regrets that the Government …"."""
    return next(
        (
            c
            for c in word.children
            if c.dep_ == "relcl"
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )


def judged_clause(word: Token) -> Token | None:
    """The clause an "It is <word> that …" sentence judges ("It is essential that an inquiry
    be held", "It is unacceptable that people are punished"), when the judgement is stated
    plainly: not in a conditional, negated or under a modal."""
    verb = word.head
    expletive = child_with(verb, "nsubj", "expl")
    clause = child_with(verb, "ccomp") or child_with(word, "ccomp")
    if expletive is None or expletive.lower_ != "it" or clause is None or is_conditional(verb):
        return None
    if is_negated(verb) or modal_of(verb) not in (None, "past"):
        return None
    return clause


def is_noting(verb: Token) -> bool:
    """ "notes with concern that …", "observes with concern": a treaty body's concern stated
    through a verb of noting."""
    return verb.lemma_.lower() in ("note", "observe", "learn", "follow", "view", "watch", "see")


def xcomp_lemma(token: Token) -> str:
    """The verb a verb governs ("declined to comment" → "comment"): what was declined."""
    xcomp = child_with(token, "xcomp")
    return xcomp.lemma_.lower() if xcomp is not None else ""


def is_yet_to(verb: Token) -> bool:
    """ "has yet to respond", "is yet to comment": silence put as what has not happened yet."""
    return verb.lemma_.lower() in ("have", "be") and any(c.lower_ == "yet" for c in verb.children)


def object_is_report(token: Token) -> bool:
    """ "rejected the allegations", "rejects as slander the claims": rejecting a report or a
    claim denies it; rejecting a proposal does not."""
    obj = child_with(token, "dobj")
    if obj is None:  # "rejects as slander the claims": the object hangs under "as"
        label = object_of_preposition(token, "as")
        obj = child_with(label, "dobj") if label is not None else None
        if label is not None and obj is None and label.lemma_.lower() in REPORT_NOUNS:
            obj = label  # "rejects as unfounded the claims": the claims parsed under "as"
    if obj is None and token.dep_ == "relcl":  # "an allegation the Embassy rejects as an insult"
        obj = token.head
    if obj is not None and obj.lemma_.lower() in PROPOSED and not _says_that(obj):
        return False  # "rejected the suggestion of a ceasefire": a proposal, not a report
    if obj is None:  # "rejects the claims … alleging that": parsed as the subject of "alleging"
        clause = child_with(token, "ccomp")
        obj = child_with(clause, "nsubj") if clause is not None else None
    return obj is not None and obj.lemma_.lower() in REPORT_NOUNS


def agent_of(token: Token) -> Token | None:
    """Who made the statement: the subject, the "by" agent of a passive, or the speaker of
    the report the parser joined the statement verb to."""
    if token.tag_ == "VBD" and token.dep_ == "conj":  # an active verb joined to a passive
        if tacked_onto_report(token):  # 'said it was "disturbed" by X and called on …'
            return subject_of(token.head.head)
        return subject_of(token)
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in clause_root(token).children):
        return by_agent(token)
    return subject_of(token)


def mistagged_verb(token: Token, lemma: str) -> bool:
    """ "The Ministry rejects in the strongest terms the report": a present-tense statement
    verb the tagger took for a plural noun."""
    return (
        (lemma in VERB_STATEMENTS or lemma in REJECTING_VERBS)
        and token.dep_ == "ROOT"
        and token.tag_ == "NNS"
        and (child_with(token, "nsubj") is not None or _compound_speaker(token))
    )


def _compound_speaker(token: Token) -> bool:
    """ "The Presidency rejects as unfounded …": the speaker parsed as a compound of the verb
    taken for a noun, which a following "as" or object gives away."""
    speaker = child_with(token, "compound")
    return speaker is not None and child_with(token, "prep", "dobj") is not None


# Report nouns that can also name a proposal: only "the suggestion that …" reports a fact.
PROPOSED = frozenset({"suggestion", "contention"})


def _says_that(noun: Token) -> bool:
    """Whether a noun carries a "that" clause: "the suggestion that payments were routine"."""
    return any(
        c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.children)
        for c in noun.children
    )


def tacked_onto_report(verb: Token) -> bool:
    """A statement verb the parser joined to the passive clause a speaker reports, though
    it is the speaker's own second verb ("Stenn said 11 people had been detained and denied
    that force had been used")."""
    clause = verb.head
    return (
        verb.dep_ == "conj"
        and child_with(verb, "nsubj", "nsubjpass") is None
        and clause.dep_ == "ccomp"
        and clause.head.lemma_.lower() in ASSERTING_VERBS
        and is_passive(clause)
    )


def lemma_of(token: Token) -> str:
    """The lower-cased lemma, the form every statement lexicon is keyed on."""
    return token.lemma_.lower()


def target_of(token: Token) -> Token | None:
    """What a statement is about: its object, or the victim of a condemned act."""
    topics = [  # "denied on Tuesday that …": a date says when it was said, not what about
        found
        for found in objects_of_prepositions(token, "about", "over", "on", "for", "against")
        if found.ent_type_ not in ("DATE", "TIME")
    ]
    obj = child_with(token, "dobj") or (topics[0] if topics else None)
    if obj is None and any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
        obj = subject_of(token)
    if obj is not None and obj.lemma_.lower() in NOUN_EVENTS:
        victim = object_of_preposition(obj, "of", "against")
        conjuncts = [c for c in obj.children if c.dep_ == "conj"]
        for conjunct in conjuncts:
            victim = victim or object_of_preposition(conjunct, "of", "against")
        if victim is not None:
            return victim
    return obj


def stance_detection(
    stype: str,
    token: Token,
    agent: Token | None,
    target: Token | None,
    negated: bool,
    tail: Token | None = None,
) -> Detection:
    """A statement found on `token`: surer when its speaker and its subject were both found."""
    confidence = 0.7 + 0.1 * (agent is not None) + 0.1 * (target is not None)
    return Detection(
        "statement",
        stype,
        token,
        agent=agent,
        target=target,
        negated=negated,
        confidence=confidence,
        target_tail=tail,
    )


# Stances a speaker takes once per sentence whatever its parts: one denial of one report,
# one request however many acts it lists ("must reveal their fate, release those held …").
ONE_PER_SPEAKER = frozenset({"deny", "demand", "call_for_investigation"})


def stated_already(detection: Detection, found: list[Detection]) -> bool:
    """Whether the sentence already holds this speaker's stance of this type: 'called the
    report "a fantasy" and said there were no secret prisons' is one denial, "there is no
    evidence …, and I reject the insinuation" too, and "The Government must reveal the fate
    of every person taken, release those held …" one demand. One part may name its speaker
    and another be carried by the reporting verb or the quotation."""
    if detection.type not in ONE_PER_SPEAKER:
        return False
    speaker = _speaker_index(detection)
    return any(d.type == detection.type and _speaker_index(d) == speaker for d in found)


def _speaker_index(detection: Detection) -> int | None:
    """Who takes a stance, as a token index: its own agent, unless "I" or "we" (the speaker
    of the words); else the speaker of the reporting verb above it; None for the speaker of
    the sentence itself (a quotation's, a rebuttal's own voice)."""
    agent = detection.agent
    if agent is not None and agent.lower_ not in ("i", "we"):
        return agent.i
    frames = [f for f in report_frames(detection.trigger) if f.verb != detection.trigger]
    speaker = frames[0].speaker if frames else None
    return speaker.i if speaker is not None else None

"""Statement triggers (how an actor responded): condemn, criticize, concern, demand, deny, silence.

Policy: a negated condemnation, criticism, comment or response ("has not yet spoken
out", "has not condemned", "declined to comment") is a no_public_statement claim; other
negated statements ("did not deny") keep their type with negated=True. A stance word
inside reported speech ("X said Moscow was concerned", "no reason to believe") is the
speaker's statement. "Should demand/condemn" in someone's words is that speaker's demand.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from factfinder.extract.actors import by_agent, child_with, object_of_preposition, subject_of
from factfinder.extract.events import (
    LEMMA_FIXES,
    NOUN_EVENTS,
    PERSON_NOUNS,
    VERB_EVENTS,
    VIOLENT_CALLS,
    Detection,
    clause_root,
    intent_governor,
    is_conditional,
    is_negated,
    modal_of,
)

VERB_STATEMENTS = {
    "condemn": "condemn",
    "denounce": "condemn",
    "decry": "condemn",
    "deplore": "condemn",
    "criticise": "criticize",
    "criticize": "criticize",
    "rebuke": "criticize",
    "slam": "criticize",
    "castigate": "criticize",
    "chastise": "criticize",
    "blast": "criticize",
    "accuse": "criticize",
    "deny": "deny",
    "refute": "deny",
    "demand": "demand",
    "urge": "demand",
    "insist": "demand",
    "appeal": "demand",
}
CONCERN_WORDS = frozenset({"concern", "alarm", "trouble", "worry", "disturb", "dismay", "shock"})
SILENCE_VERBS = frozenset(
    {
        "speak",
        "comment",
        "respond",
        "react",
        "condemn",
        "denounce",
        "criticise",
        "criticize",
        "address",
        "acknowledge",
        "reply",
        "answer",
        "say",
        "raise",
        "express",
    }
)
INVESTIGATION_WORDS = frozenset(
    {"investigation", "investigate", "inquiry", "enquiry", "probe", "access", "inquire"}
)
REPORT_NOUNS = frozenset(
    {
        "report",
        "claim",
        "allegation",
        "accusation",
        "account",
        "finding",
        "story",
        "rumour",
        "rumor",
        "charge",
    }
)
# Verbs by which an actor asserts something as fact (a denial when what it asserts is "no").
ASSERTING_VERBS = frozenset(
    {"say", "insist", "claim", "state", "maintain", "assert", "tell", "declare", "add", "stress"}
)
MONEY_WORDS = frozenset({"payment", "money", "bribe", "ransom", "fee", "sum", "cash"})
# Said of reports or allegations, these words deny them.
CONCERN_NOUNS = frozenset({"concern", "alarm", "dismay", "worry", "unease", "anxiety"})
# Said of an act or a decision, these words criticise it ("called the verdict a travesty").
CRITICISM_WORDS = frozenset(
    {
        "travesty",
        "outrage",
        "disgrace",
        "shameful",
        "unacceptable",
        "appalling",
        "outrageous",
        "scandal",
        "scandalous",
        "farce",
        "mockery",
        "unjust",
        "deplorable",
        "disgraceful",
    }
)
DENIAL_WORDS = frozenset(
    {
        "baseless",
        "unfounded",
        "groundless",
        "fabricated",
        "false",
        "untrue",
        "lie",
        "lies",
        "fabrication",
        "slander",
        "fake",
        "nonsense",
        "fiction",
        "provocation",
        "disinformation",
    }
)


def find_statements(sent: Span) -> list[Detection]:
    """Every statement trigger in the sentence."""
    found: list[Detection] = []
    for token in sent:
        detection = _statement(token, token.lemma_.lower())
        if detection is None:
            continue
        found.append(detection)
        if detection.type in ("demand", "call_for_investigation") and _calls_for_both(token):
            other = (
                "demand" if detection.type == "call_for_investigation" else "call_for_investigation"
            )
            found.append(replace(detection, type=other))
    return found


def _calls_for_both(call: Token) -> bool:
    """A call "to release the students and to investigate" is a demand and an investigation call."""
    act = child_with(call, "xcomp")
    if act is None:
        return False
    acts = [act, *(c for c in act.children if c.dep_ == "conj")]
    asks = {_asks_investigation(a) for a in acts}
    return asks == {True, False}


def _asks_investigation(act: Token) -> bool:
    obj = child_with(act, "dobj")
    words = {act.lemma_.lower()} | (
        {t.lemma_.lower() for t in obj.subtree} if obj is not None else set()
    )
    return bool(words & INVESTIGATION_WORDS)


def _statement(token: Token, lemma: str) -> Detection | None:
    if lemma in ASSERTING_VERBS and token.pos_ == "VERB":
        denial = _says_it_did_not_happen(token)
        if denial is not None:
            return denial
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
        if (
            lemma in CONCERN_WORDS
            and token.tag_ == "VBN"
            or lemma == "concern"
            and token.dep_ == "acomp"
        ):
            return _concern(token)
        if lemma == "call" and any(c.lower_ in ("for", "on", "upon") for c in token.children):
            return _demand(token)
        if lemma in ("ask", "press", "appeal") and _mentions_investigation(token):
            return _demand(token)
        if lemma in ("reject", "dismiss") and _object_is_report(token):
            return _verb_statement(token, "deny")
        if lemma in ("remain", "keep", "stay") and "silent" in {c.lower_ for c in token.children}:
            silent = next(c for c in token.children if c.lower_ == "silent")
            about = object_of_preposition(silent, "about", "on", "over") or object_of_preposition(
                token, "about", "on", "over"
            )
            return Detection(
                "statement",
                "no_public_statement",
                token,
                agent=subject_of(token),
                target=about,
                confidence=0.85,
            )
        if lemma in ("decline", "refuse", "fail") and _xcomp_lemma(token) in SILENCE_VERBS:
            return Detection(
                "statement", "no_public_statement", token, agent=subject_of(token), confidence=0.85
            )
        if lemma in SILENCE_VERBS and is_negated(token):
            return _silence(token)
        if lemma in SILENCE_VERBS and token.dep_ == "xcomp" and _is_yet_to(token.head):
            return _silence(token)
        if lemma in VERB_STATEMENTS:
            if lemma in ("demand", "urge", "insist", "appeal"):
                return _demand(token)
            return _verb_statement(token, VERB_STATEMENTS[lemma])
        return None
    if token.pos_ == "ADJ" and lemma in {
        "concerned",
        "alarmed",
        "troubled",
        "worried",
        "disturbed",
        "dismayed",
    }:
        return _concern(token)
    if lemma in DENIAL_WORDS and token.dep_ in ("attr", "acomp", "oprd"):
        return _called_false(token)
    if lemma in CRITICISM_WORDS and token.dep_ in ("oprd", "attr", "acomp", "dobj", "appos"):
        return _called_bad(token)
    if token.pos_ == "NOUN":
        if lemma in CONCERN_NOUNS and token.head.lemma_.lower() in (
            "express",
            "voice",
            "raise",
            "share",
            "reiterate",
        ):
            return _stance_noun(token, "express_concern")
        if lemma == "condemnation" and token.head.lemma_.lower() in ("express", "issue", "voice"):
            return _stance_noun(token, "condemn")
        if lemma in ("reason", "evidence", "proof", "basis", "grounds") and any(
            c.lower_ == "no" for c in token.children
        ):
            return _no_reason(token)
    return None


def _xcomp_lemma(token: Token) -> str:
    xcomp = child_with(token, "xcomp")
    return xcomp.lemma_.lower() if xcomp is not None else ""


def _is_yet_to(verb: Token) -> bool:
    return verb.lemma_.lower() in ("have", "be") and any(c.lower_ == "yet" for c in verb.children)


def _mentions_investigation(token: Token) -> bool:
    return any(t.lemma_.lower() in INVESTIGATION_WORDS for t in token.subtree)


def _object_is_report(token: Token) -> bool:
    obj = child_with(token, "dobj")
    return obj is not None and obj.lemma_.lower() in REPORT_NOUNS


def _agent_of(token: Token) -> Token | None:
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in clause_root(token).children):
        return by_agent(token)
    return subject_of(token)


def _blocked(token: Token) -> bool:
    return is_conditional(token)


def _verb_statement(token: Token, stype: str) -> Detection | None:
    if _blocked(token) or intent_governor(token) is not None:  # "called on them to condemn"
        return None
    modal = modal_of(token)
    if modal in ("could", "might", "may", "would", "will", "can", "'ll", "wo", "ca"):
        return None
    negated = is_negated(token)
    if negated and stype in ("condemn", "criticize"):
        return _silence(token)
    agent = _agent_of(token)
    if agent is None and lemma_of(token) == "accuse":
        return None  # "X has been accused of …" by no one named: an allegation, not a statement
    target = _target_of(token)
    if modal in ("should", "must"):
        return Detection(
            "statement", "demand", token, target=target, speaker_is_agent=True, confidence=0.7
        )
    if stype == "deny" and target is None:
        target = child_with(token, "ccomp")
    confidence = 0.7 + 0.1 * (agent is not None) + 0.1 * (target is not None)
    return Detection(
        "statement",
        stype,
        token,
        agent=agent,
        target=target,
        negated=negated,
        confidence=confidence,
    )


def lemma_of(token: Token) -> str:
    return token.lemma_.lower()


def _target_of(token: Token) -> Token | None:
    """What a statement is about: its object, or the victim of a condemned act."""
    obj = child_with(token, "dobj") or object_of_preposition(
        token, "about", "over", "on", "for", "against"
    )
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


def _demand(token: Token) -> Detection | None:
    if _blocked(token):
        return None
    modal = modal_of(token)
    if modal in ("could", "might", "may", "would", "will", "can"):
        return None
    stype = "call_for_investigation" if _mentions_investigation(token) else "demand"
    agent = _agent_of(token)
    target = child_with(token, "dobj") or object_of_preposition(token, "for", "on", "upon")
    if target is not None and target.lemma_.lower() in MONEY_WORDS:
        return None  # money demanded of victims is extortion, an event
    if target is not None and target.lemma_.lower() in ("elimination", "extermination"):
        return None  # a call to eliminate a group is incitement, an event
    act = child_with(token, "xcomp")
    if act is not None and act.lemma_.lower() in VIOLENT_CALLS:
        return None  # a call to attack a group is incitement, an event
    tail = None
    if target is not None:  # "demand an end to the persecution": the end of what runs on
        tail = next(
            (c for c in token.children if c.dep_ == "prep" and c.i == target.right_edge.i + 1), None
        )
    negated = is_negated(token)
    if modal in ("should", "must"):
        return Detection(
            "statement",
            stype,
            token,
            target=target,
            speaker_is_agent=True,
            confidence=0.7,
            target_tail=tail,
        )
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


def _concern(token: Token) -> Detection | None:
    if _blocked(token) or modal_of(token) not in (None, "past"):
        return None
    holder = token.head if token.dep_ == "acomp" else token
    agent = subject_of(holder)
    target = object_of_preposition(token, "about", "over", "at", "by", "that")
    if target is None:
        target = object_of_preposition(holder, "about", "over", "at", "by")
    negated = is_negated(holder)
    return Detection(
        "statement",
        "express_concern",
        token,
        agent=agent,
        target=target,
        negated=negated,
        speaker_is_agent=True,
        confidence=0.8,
    )


def _stance_noun(token: Token, stype: str) -> Detection | None:
    verb = token.head
    if _blocked(verb) or modal_of(verb) not in (None, "past"):
        return None
    if is_negated(verb):
        return _silence(verb)
    target = (
        object_of_preposition(token, "about", "over", "at", "for", "of")
        or object_of_preposition(verb, "about", "over", "at")
        or child_with(token, "acl", "ccomp")
    )
    return Detection(
        "statement", stype, token, agent=_agent_of(verb), target=target, confidence=0.85
    )


def _called_false(word: Token) -> Detection | None:
    """ "the allegations were absolute lies": a denial of the reports by whoever says so."""
    verb = word.head
    about = subject_of(verb) if word.dep_ != "oprd" else child_with(verb, "dobj")
    if about is None or about.lemma_.lower() not in REPORT_NOUNS or _blocked(verb):
        return None
    return Detection(
        "statement", "deny", word, target=about, speaker_is_agent=True, confidence=0.75
    )


def _called_bad(word: Token) -> Detection | None:
    """ "called the verdict a travesty": criticism of what is so called, by the caller."""
    verb = word.head.head if word.dep_ == "appos" else word.head  # 'the verdict "a travesty"'
    if verb.lemma_.lower() not in ("call", "describe", "brand", "label", "term") or _blocked(verb):
        return None
    about = next((c for c in verb.children if c.dep_ == "dobj" and c != word), None)
    if about is None:
        return None
    return Detection(
        "statement", "criticize", word, agent=_agent_of(verb), target=about, confidence=0.75
    )


def _says_it_did_not_happen(verb: Token) -> Detection | None:
    """ "The ministry said no one had been detained", "insisted there are no secret prisons".

    An actor asserting that an abuse did not happen, or that its victims or places do not
    exist, denies it.
    """
    clause = child_with(verb, "ccomp")
    if clause is None or is_negated(verb) or _blocked(verb):
        return None
    if not (_negated_act(clause) or _nothing_exists(clause)):
        return None
    return Detection(
        "statement", "deny", verb, agent=_agent_of(verb), target=clause, confidence=0.7
    )


def _negated_act(clause: Token) -> bool:
    verbs = [clause, *(c for c in clause.children if c.dep_ == "conj")]
    return any(
        (LEMMA_FIXES.get(v.lower_, v.lemma_.lower()) in VERB_EVENTS) and is_negated(v)
        for v in verbs
    )


def _nothing_exists(clause: Token) -> bool:
    """ "there are no political prisoners", "no arrests took place"."""
    for child in clause.children:
        if child.dep_ in ("attr", "nsubj", "nsubjpass", "dobj") and any(
            c.lower_ == "no" for c in child.children
        ):
            noun = child.lemma_.lower()
            if noun in NOUN_EVENTS or (
                clause.lemma_.lower() == "be" and (noun in PERSON_NOUNS or child.tag_ == "NNS")
            ):
                return True
    return False


def _no_reason(token: Token) -> Detection | None:
    """A denial: "(had) no reason to believe reports", "no evidence that"."""
    if _blocked(token):
        return None
    believe = next(
        (
            c
            for c in token.children
            if c.lemma_.lower() in ("believe", "think", "suggest", "support")
        ),
        None,
    )
    target = child_with(believe, "dobj", "ccomp") if believe is not None else None
    if target is None:
        target = child_with(token, "acl", "ccomp") or object_of_preposition(token, "for", "of")
    holder = token.head
    return Detection(
        "statement",
        "deny",
        token,
        agent=subject_of(holder) if holder != token else None,
        target=target,
        speaker_is_agent=True,
        confidence=0.75,
    )


def _silence(token: Token) -> Detection:
    target = object_of_preposition(token, "on", "about", "over") or child_with(token, "dobj")
    agent = _agent_of(token)
    if agent is None and token.dep_ == "xcomp":
        agent = subject_of(token.head)
    return Detection(
        "statement", "no_public_statement", token, agent=agent, target=target, confidence=0.8
    )

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

from factfinder.extract.actors import (
    by_agent,
    child_with,
    object_of_preposition,
    objects_of_prepositions,
    subject_of,
)
from factfinder.extract.events import (
    LEMMA_FIXES,
    NOUN_EVENTS,
    PERSON_NOUNS,
    VERB_EVENTS,
    VIOLENT_CALLS,
    Detection,
    calls_for_violence,
    clause_root,
    intent_governor,
    is_conditional,
    is_negated,
    is_passive,
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
    "fault": "criticize",
    "reprimand": "criticize",
    "berate": "criticize",
    "excoriate": "criticize",
    "censure": "condemn",
    "lambaste": "criticize",
    "lambast": "criticize",
    "assail": "criticize",
    "chide": "criticize",
    "reproach": "criticize",
    "admonish": "criticize",
    "deny": "deny",
    "refute": "deny",
    "demand": "demand",
    "urge": "demand",
    "insist": "demand",
    "appeal": "demand",
}
CONCERN_WORDS = frozenset(
    {
        "concern",
        "alarm",
        "trouble",
        "worry",
        "disturb",
        "dismay",
        "shock",
        "appal",
        "appall",
        "horrify",
        "sadden",
        "distress",
    }
)
# Words by which a speaker calls an act worrying: 'called the killings "deeply disturbing"'.
WORRYING_WORDS = frozenset({"disturbing", "alarming", "worrying", "troubling", "concerning"})
# A death put down to a natural cause or suicide by those accused of it: a denial.
EXPLAINED_DEATHS = frozenset({"natural", "heart", "suicide", "illness", "stroke", "overdose"})
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
    {
        "investigation",
        "investigate",
        "inquiry",
        "enquiry",
        "probe",
        "access",
        "inquire",
        "accountability",
        "examine",
        "inquest",
        "autopsy",
    }
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
        "statement",
        "conclusion",
        "assertion",
        "article",
        "criticism",
    }
)
# Verbs by which an actor asserts something as fact (a denial when what it asserts is "no").
ASSERTING_VERBS = frozenset(
    {"say", "insist", "claim", "state", "maintain", "assert", "tell", "declare", "add", "stress"}
)
# Those a request is addressed to, rather than who it is about.
ADDRESSEES = frozenset({"authority", "government", "state", "ministry", "police", "parliament"})
REQUEST_VERBS = frozenset({"call", "urge", "demand", "ask", "request", "appeal", "press"})
# Access that is a detainee's right, not an inquiry's ("access to lawyers").
ACCESS_RIGHTS = frozenset(
    {"lawyer", "family", "relative", "doctor", "care", "treatment", "counsel", "medicine"}
)
REQUESTED_ACTS = frozenset(
    {
        "stop",
        "end",
        "release",
        "free",
        "halt",
        "drop",
        "protect",
        "ensure",
        "respect",
        "allow",
        "lift",
        "repeal",
        "reject",
        "cease",
        "abandon",
        "guarantee",
        "grant",
        "reverse",
        "return",
        "withdraw",
        "hold",
        "raise",
        "bring",
        "intervene",
        "suspend",
        "overturn",
        "restore",
        "disclose",
        "reveal",
        "open",
        "launch",
        "conduct",
    }
)
# What is withheld from detainees when they are "denied" something.
DENIED_RIGHTS = frozenset(
    {"access", "food", "water", "care", "treatment", "visit", "bail", "right", "medicine", "sleep"}
)
# How reporters say an actor said nothing: "remained silent", "stayed tight-lipped".
SILENT_WORDS = frozenset({"silent", "quiet", "mum", "lipped", "tight-lipped"})
# What reporters say went unanswered: "did not return calls", "ignored requests for comment".
UNANSWERED = frozenset({"call", "message", "email", "request", "question"})
# Those whose access is an inquiry's, not a detainee's right: "allow UN monitors in".
MONITORS = frozenset({"monitor", "observer", "inspector"})
# Verbs of giving an answer whose negation reports silence: "has not provided any answer".
ANSWERING = frozenset({"provide", "give", "offer", "send", "issue"})
# Nouns for an answer whose absence is reported: "made no comment", "no official reaction".
RESPONSE_NOUNS = frozenset(
    {"comment", "reaction", "response", "reply", "statement", "answer", "explanation"}
)
# Who wire copy says "could not be reached": the actor whose answer was sought.
ANSWERERS = frozenset(
    {"spokesperson", "spokesman", "spokeswoman", "official", "ministry", "office", "embassy"}
)
# What workers bargain for: demands in a labour dispute, not responses to abuses.
LABOUR_CLAIMS = frozenset({"wage", "pay", "salary", "raise", "bonus", "pension", "hour"})
MONEY_WORDS = frozenset(
    {"payment", "money", "bribe", "ransom", "fee", "sum", "cash", "dollar", "euro", "rouble"}
)
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
        "barbaric",
        "crime",
        "inhuman",
        "atrocity",
        "brutal",
        "cruel",
        "abhorrent",
        "despicable",
        "violation",
        "unlawful",
        "illegal",
        "inhumane",
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
        "suicide",
        "accident",
        "biased",
        "absurd",
        "ridiculous",
        "exaggerated",
        "distorted",
        "slanderous",
        "unsubstantiated",
        "misleading",
        "motivated",
        "invented",
        "concocted",
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
            found[-1] = replace(detection, target=_requested_object(token, detection.type))
            found.append(replace(detection, type=other, target=_requested_object(token, other)))
    return found


def _requested_object(call: Token, stype: str) -> Token | None:
    """What a requested act is about: "to release Mr Dresk", "to investigate the beatings"."""
    act = child_with(call, "xcomp")
    if act is None:
        return None
    acts = [act, *(c for c in act.children if c.dep_ == "conj")]
    wanted = [a for a in acts if _asks_investigation(a) == (stype == "call_for_investigation")]
    return _act_object(wanted[0]) if wanted else None


def _act_object(act: Token) -> Token | None:
    """The object of a requested act; an inquiry's subject rather than the word "inquiry"."""
    obj = child_with(act, "dobj")
    if obj is None:  # "to reveal where he is and to release him"
        obj = next(
            (
                child_with(c, "dobj")
                for c in act.children
                if c.dep_ == "conj" and child_with(c, "dobj")
            ),
            None,
        )
    if obj is not None and obj.lemma_.lower() in INVESTIGATION_WORDS:
        return object_of_preposition(obj, "into", "of")
    return obj


def _calls_for_both(call: Token) -> bool:
    """A call "to release the students and to investigate" is a demand and an investigation call."""
    act = child_with(call, "xcomp")
    if act is None:
        return False
    acts = [act, *(c for c in act.children if c.dep_ == "conj")]
    asks = {_asks_investigation(a) for a in acts}
    return asks == {True, False}


def _asks_investigation(act: Token) -> bool:
    obj = child_with(act, "dobj") or child_with(act, "ccomp")  # "to allow monitors access"
    words = {act.lemma_.lower()} | (
        {t.lemma_.lower() for t in obj.subtree} if obj is not None else set()
    )
    visit = obj is not None and any(_monitoring_visit(t) for t in obj.subtree)
    return bool(words & INVESTIGATION_WORDS) or visit


def _statement(token: Token, lemma: str) -> Detection | None:
    if lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "in" for c in token.children):
        return None  # "relatives were called in for questioning" is a summons, not a request
    if lemma in ASSERTING_VERBS and token.pos_ == "VERB":
        denial = _says_it_did_not_happen(token)
        if denial is not None:
            return denial
    if lemma in CRITICISM_WORDS and token.dep_ == "oprd" and token.pos_ in ("VERB", "AUX"):
        return _called_bad(token)  # "barbaric" mistagged as a verb
    if lemma in REQUESTED_ACTS and modal_of(token) in ("must", "should") and _reported(token):
        return _required(token)  # "said the authorities must stop harassing journalists"
    if lemma == "hold" and _held_responsible(token):
        return Detection(
            "statement",
            "criticize",
            token,
            agent=subject_of(token),
            target=child_with(_held_responsible(token), "nsubj"),
            confidence=0.8,
        )
    if lemma in ("record", "trace") and token.pos_ == "NOUN" and _no_record_of_act(token):
        return Detection(
            "statement",
            "deny",
            token,
            agent=subject_of(token.head),
            target=object_of_preposition(token, "of"),
            speaker_is_agent=True,
            confidence=0.7,
        )
    if lemma == "response" and token.pos_ == "NOUN" and _no_response(token):
        return Detection(
            "statement",
            "no_public_statement",
            token,
            agent=object_of_preposition(token, "from") or object_of_preposition(token.head, "from"),
            confidence=0.75,
        )
    if lemma == "concern" and token.head.lower_ == "with" and _noted(token.head.head):
        verb = token.head.head
        return Detection(
            "statement",
            "express_concern",
            token,
            agent=subject_of(verb),
            target=child_with(verb, "dobj", "ccomp"),
            confidence=0.8,
        )
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
        if lemma == "hit" and _hits_out_at(token):
            return Detection(  # "hit out at the government over the killings"
                "statement",
                "criticize",
                token,
                agent=subject_of(token),
                target=object_of_preposition(token, "at"),
                confidence=0.75,
            )
        if lemma == "call" and _calls_for_clause(token):
            return _demand(token)  # "called for the charges to be dropped"
        if lemma in ("ask", "press", "appeal", "implore", "request") and _mentions_investigation(
            token
        ):
            return _demand(token)
        if lemma == "regret" and child_with(token, "ccomp", "dobj") is not None:
            return _verb_statement(token, "criticize")  # "regretted that the State had not …"
        if lemma in ("ask", "press", "implore", "petition") and _asks_to_act(token):
            return _demand(token)  # "asked the ministry to stop the deportations"
        if lemma in ("reject", "dismiss") and _object_is_report(token):
            return _verb_statement(token, "deny")
        if lemma in ("fail", "do") and _said_failed(token):
            speaker = token.head
            return Detection(  # "said the ministry had failed to act on complaints"
                "statement",
                "criticize",
                token,
                agent=_agent_of(speaker),
                target=subject_of(token),
                confidence=0.7,
            )
        if lemma == "take" and _taken_to_task(token):
            return _verb_statement(token, "criticize")  # "took the government to task"
        brushed = {c.lower_ for c in token.children if c.dep_ == "prt"} & {"off", "aside"}
        if lemma in ("brush", "wave", "shrug") and brushed and _object_is_report(token):
            return _verb_statement(token, "deny")  # "brushed off the findings"
        if token.lower_ in DENIAL_WORDS and token.dep_ in ("ccomp", "oprd"):
            return _called_false(token)  # "called the reports fabricated" (parsed as a verb)
        if (
            lemma in ("remain", "keep", "stay")
            and {c.lower_ for c in token.children} & SILENT_WORDS
            and not _blamed_for(token)
        ):
            silent = next(c for c in token.children if c.lower_ in SILENT_WORDS)
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
            if token.tag_ == "VBG" and token.head.lower_ == "for":
                return None  # "criticised the Government for failing to respond": criticism only
            return Detection(
                "statement", "no_public_statement", token, agent=subject_of(token), confidence=0.85
            )
        if lemma in SILENCE_VERBS and is_negated(token):
            return _silence(token)
        if (
            lemma in ("return", "answer")
            and is_negated(token)
            and _unanswered(token)
            and not _blamed_for_silence(token)
        ):
            return Detection(  # "did not return calls seeking comment"
                "statement",
                "no_public_statement",
                token,
                agent=subject_of(token),
                confidence=0.8,
            )
        if lemma in ANSWERING and is_negated(token) and _gives_answer(token):
            return Detection(  # "the authorities have still not provided any answer"
                "statement",
                "no_public_statement",
                token,
                agent=_agent_of(token),
                target=object_of_preposition(child_with(token, "dobj"), "on", "about", "to"),
                confidence=0.8,
            )
        if lemma == "say" and _said_nothing(token):
            nothing = child_with(token, "dobj")
            return Detection(  # "has so far said nothing about the detentions"
                "statement",
                "no_public_statement",
                token,
                agent=_agent_of(token),
                target=object_of_preposition(nothing, "about", "on", "over"),
                confidence=0.8,
            )
        if lemma == "ignore" and _unanswered(token) and not _blamed_for_silence(token):
            return Detection(  # "ignored requests for comment"
                "statement",
                "no_public_statement",
                token,
                agent=subject_of(token),
                confidence=0.75,
            )
        if lemma == "reach" and is_negated(token) and _unreachable(token):
            return Detection(  # "could not be reached for comment"
                "statement",
                "no_public_statement",
                token,
                agent=subject_of(token),
                confidence=0.8,
            )
        if lemma == "fear" and _fears_for_safety(token):
            return Detection(  # "feared for the safety of their client"
                "statement",
                "express_concern",
                token,
                agent=_agent_of(token),
                target=object_of_preposition(token, "for"),
                confidence=0.75,
            )
        if lemma in ("remain", "keep", "stay") and _blamed_for(token):
            return None  # "criticised X for remaining silent" is the criticism only
        if lemma in SILENCE_VERBS and token.dep_ == "xcomp" and _is_yet_to(token.head):
            return _silence(token)
        if lemma in VERB_STATEMENTS:
            if lemma == "insist" and not _insists_on_action(token):
                return None  # "insisted that the evictions were lawful" asserts, not demands
            if lemma in ("demand", "urge", "insist", "appeal"):
                return _demand(token)
            return _verb_statement(token, VERB_STATEMENTS[lemma])
        return None
    if lemma in RESPONSE_NOUNS and token.pos_ == "NOUN" and _none_given(token):
        head = token.head
        agent = object_of_preposition(token, "from") or (
            subject_of(head) if head.lemma_.lower() != "be" else None
        )
        if agent is not None:  # "there was no statement on the website" names no one
            about = object_of_preposition(token, "on", "about", "over") or object_of_preposition(
                head, "on", "about", "over"
            )
            return Detection(  # "has made no comment", "there has been no official reaction"
                "statement",
                "no_public_statement",
                token,
                agent=agent,
                target=about,
                confidence=0.75,
            )
    if lemma == "truth" and _no_truth_in_reports(token):
        return Detection(  # 'said there was "no truth" in the reports'
            "statement",
            "deny",
            token,
            target=object_of_preposition(token, "in", "to"),
            speaker_is_agent=True,
            confidence=0.75,
        )
    if lemma == "available" and is_negated(token.head) and _for_comment(token):
        return Detection(  # "was not immediately available for comment"
            "statement",
            "no_public_statement",
            token,
            agent=subject_of(token.head),
            confidence=0.8,
        )
    if token.pos_ == "ADJ" and lemma in {
        "concerned",
        "alarmed",
        "troubled",
        "worried",
        "disturbed",
        "dismayed",
        "appalled",
        "horrified",
        "shocked",
    }:
        return _concern(token)
    if token.lower_ == "motivated" and token.dep_ == "oprd" and _called_motivated(token):
        return _called_motivated(token)  # "called the arrests politically motivated"
    if lemma in DENIAL_WORDS and token.dep_ in ("attr", "acomp", "oprd", "pobj", "ccomp"):
        return _called_false(token)
    if lemma in ("foundation", "basis", "merit") and token.head.lower_ == "without":
        return _called_false(token.head, word=token)  # "the allegations were without foundation"
    if lemma == "aware" and is_negated(token.head) and _knows_no_cases(token):
        return Detection(  # "said it was not aware of any such cases"
            "statement",
            "deny",
            token,
            target=object_of_preposition(token, "of"),
            speaker_is_agent=True,
            confidence=0.7,
        )
    if lemma in DENIAL_WORDS and token.dep_ == "dobj" and _calls_reports(token):
        return _called_false(token)  # "called the reports fabrications" (parsed as a compound)
    if lemma in DENIAL_WORDS and token.dep_ == "conj" and token.head.dep_ in ("oprd", "acomp"):
        return _called_false(token.head, word=token)  # 'called the report "biased and unfounded"'
    if lemma in CRITICISM_WORDS and token.dep_ in ("oprd", "attr", "acomp", "dobj", "appos"):
        return _called_bad(token)
    if token.lower_ in WORRYING_WORDS and token.dep_ == "oprd":
        return _called_worrying(token)
    if lemma in CRITICISM_WORDS and token.dep_ == "conj" and token.head.dep_ == "oprd":
        if token.head.lemma_.lower() not in CRITICISM_WORDS:  # one claim for "cruel and unlawful"
            return _called_bad(token.head)  # 'called the pushbacks "unjustified and cruel"'
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


def _blamed_for(verb: Token) -> bool:
    """ "criticised the partners for remaining silent": silence as the object of blame."""
    prep = verb.head if verb.dep_ == "pcomp" else None
    return prep is not None and prep.lower_ == "for" and prep.head.lemma_.lower() in VERB_STATEMENTS


def _insists_on_action(insist: Token) -> bool:
    """ "insisted that they be freed", "insisted on access": a demand, unlike an assertion."""
    if object_of_preposition(insist, "on", "upon") is not None:
        return True
    clause = child_with(insist, "ccomp")
    if clause is None:
        return False
    base = clause.tag_ == "VB" or any(
        c.lower_ == "be" and c.dep_ in ("aux", "auxpass") for c in clause.children
    )
    return base or modal_of(clause) in ("must", "should")


def _reported(verb: Token) -> bool:
    """A clause someone's words carry ("said X must …", "must open an inquiry and bring …")."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ASSERTING_VERBS | {"urge"}


def _required(act: Token) -> Detection | None:
    if _blocked(act) or is_negated(act):
        return None
    if act.lemma_.lower() in ("hold",) and child_with(act, "dobj") is None:
        return None
    stype = "call_for_investigation" if _mentions_investigation(act) else "demand"
    return Detection(
        "statement",
        stype,
        act,
        target=child_with(act, "dobj"),
        speaker_is_agent=True,
        confidence=0.7,
    )


def _held_responsible(hold: Token) -> Token | None:
    """ "We hold the ministry responsible for …": blame, a criticism of the ministry.

    "demanded that those responsible be held accountable" asks for justice; it blames no one.
    """
    if is_passive(hold) and hold.dep_ == "ccomp" and hold.head.lemma_.lower() in REQUEST_VERBS:
        return None
    for child in hold.children:
        if child.lower_ in ("responsible", "accountable") and child.dep_ in (
            "ccomp",
            "oprd",
            "acomp",
            "xcomp",
        ):
            return child
    return None


def _no_record_of_act(record: Token) -> bool:
    act = object_of_preposition(record, "of")
    return (
        act is not None
        and act.lemma_.lower() in NOUN_EVENTS
        and any(c.lower_ == "no" for c in record.children)
    )


def _no_response(response: Token) -> bool:
    return any(c.lower_ == "no" for c in response.children) and response.head.lemma_.lower() in (
        "receive",
        "get",
        "be",
        "have",
    )


def _noted(verb: Token) -> bool:
    return verb.lemma_.lower() in ("note", "observe", "learn", "follow", "view", "watch", "see")


def _calls_for_clause(call: Token) -> bool:
    return any(
        c.dep_ == "advcl" and any(m.lower_ == "for" and m.dep_ == "mark" for m in c.children)
        for c in call.children
    )


def _asks_to_act(ask: Token) -> bool:
    """An appeal to an authority to act: asked someone to stop, free, protect …"""
    act = child_with(ask, "xcomp", "ccomp")
    return (
        act is not None
        and child_with(ask, "dobj") is not None
        and (act.lemma_.lower() in REQUESTED_ACTS or _looks_into(act))
    )


def _looks_into(act: Token) -> bool:
    """ "to look into the case": an inquiry asked for in plain words."""
    return act.lemma_.lower() == "look" and any(c.lower_ == "into" for c in act.children)


def _xcomp_lemma(token: Token) -> str:
    xcomp = child_with(token, "xcomp")
    return xcomp.lemma_.lower() if xcomp is not None else ""


def _is_yet_to(verb: Token) -> bool:
    return verb.lemma_.lower() in ("have", "be") and any(c.lower_ == "yet" for c in verb.children)


def _mentions_investigation(token: Token) -> bool:
    """Asks for an inquiry or for monitors' access ("access to lawyers" is a plain demand)."""
    for word in _own_words(token):
        lemma = word.lemma_.lower()
        if _looks_into(word):
            return True
        if lemma == "access":
            given = object_of_preposition(word, "to", "for")
            if given is not None and given.lemma_.lower() in ACCESS_RIGHTS:
                continue
        if lemma in INVESTIGATION_WORDS or _monitoring_visit(word):
            return True
    return False


def _own_words(verb: Token) -> list[Token]:
    """The verb's subtree without a second coordinated request ("urge X and call for Y")."""
    others = {
        t.i
        for c in verb.subtree
        if c.dep_ == "conj" and c != verb and c.lemma_.lower() in REQUEST_VERBS
        for t in c.subtree
    }
    return [t for t in verb.subtree if t.i not in others]


def _object_is_report(token: Token) -> bool:
    obj = child_with(token, "dobj")
    if obj is None:  # "rejects as slander the claims": the object hangs under "as"
        label = object_of_preposition(token, "as")
        obj = child_with(label, "dobj") if label is not None else None
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
    if token.dep_ == "acl" and token.tag_ == "VBN" and stype == "criticize":
        return None  # "two men accused of blasphemy": who the men are, not anyone's statement
    target = _target_of(token)
    if modal in ("should", "must"):
        return Detection(
            "statement", "demand", token, target=target, speaker_is_agent=True, confidence=0.7
        )
    if stype == "deny" and child_with(token, "dative") is not None:
        return None  # "denied them medical care" withholds, it does not deny a claim
    if stype == "deny" and child_with(token, "nsubjpass") is not None:
        withheld = child_with(token, "nsubjpass")
        if withheld is not None and withheld.lemma_.lower() not in REPORT_NOUNS:
            return None  # "the prisoners were denied food"; "the claims were denied" stays
    if stype == "deny" and target is not None and target.lemma_.lower() in DENIED_RIGHTS:
        return None  # "held and denied access to lawyers" withholds a right, not a claim
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
    if target is not None and target.lemma_.lower() in LABOUR_CLAIMS:
        return None  # "teachers are demanding higher wages": a labour dispute, not a response
    if target is not None and target.lemma_.lower() in ("elimination", "extermination"):
        return None  # a call to eliminate a group is incitement, an event
    act = child_with(token, "xcomp")
    if act is not None and (act.lemma_.lower() in VIOLENT_CALLS or calls_for_violence(act)):
        return None  # a call to attack a group is incitement, an event
    acts = [c for c in token.children if c.dep_ == "xcomp"]  # "to reveal … and to release him"
    if acts:  # "called on the authorities to release Mr Dresk": about Mr Dresk
        target = next((o for o in map(_act_object, acts) if o is not None), None) or target
    clause = child_with(token, "ccomp")
    if clause is not None and (target is None or target.lemma_.lower() in ADDRESSEES):
        asked = child_with(clause, "nsubjpass")  # "demanded that Timur be released"
        target = asked if asked is not None else target
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


def _called_false(anchor: Token, word: Token | None = None) -> Detection | None:
    """ "the allegations were absolute lies": a denial of the reports by whoever says so."""
    word = word or anchor
    verb = anchor.head
    if anchor.dep_ == "pobj" and verb.lower_ == "as":  # "described the accusations as lies"
        verb = verb.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":  # "as" attached to the object
            verb = verb.head
    if verb.lemma_.lower() in ("deny", "reject", "dismiss", "refute"):
        return None  # the verb itself is the denial
    reports = next((c for c in anchor.children if c.dep_ == "compound"), None)
    if anchor.dep_ == "dobj" and reports is not None:
        return Detection(
            "statement",
            "deny",
            word,
            agent=_agent_of(verb),
            target=reports,
            confidence=0.7,
        )
    named = anchor.dep_ in ("oprd", "pobj") or (
        anchor.dep_ == "ccomp" and child_with(verb, "dobj") is not None
    )
    about = child_with(verb, "dobj") if named else subject_of(verb)
    death_explained = word.lemma_.lower() in ("suicide", "accident") and about is not None
    if death_explained and about.lemma_.lower() not in ("death", "killing"):
        return None
    if about is None or _blocked(verb):
        return None
    if about.lemma_.lower() not in REPORT_NOUNS and not death_explained:
        return None
    agent = _agent_of(verb) if named else None
    return Detection(
        "statement",
        "deny",
        word,
        agent=agent,
        target=about,
        speaker_is_agent=agent is None,
        confidence=0.75,
    )


def _none_given(answer: Token) -> bool:
    """ "made no comment", "issued no statement", "there has been no reaction from …"."""
    if not any(c.lower_ == "no" and c.dep_ == "det" for c in answer.children):
        return False
    head = answer.head
    given = head.lemma_.lower() in ("make", "give", "offer", "issue", "be", "receive")
    return given and (answer.dep_ == "dobj" or head.lemma_.lower() == "be")


def _no_truth_in_reports(truth: Token) -> bool:
    """ "no truth in the reports": a denial of what the reports say."""
    if not any(c.lower_ == "no" for c in truth.children):
        return False
    about = object_of_preposition(truth, "in", "to")
    return about is not None and about.lemma_.lower() in REPORT_NOUNS


def _said_failed(verb: Token) -> bool:
    """ "said the ministry had failed to act", "said police had done nothing to stop it": a
    speaker faulting an institution for inaction (not "failed to comment", which is silence)."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in ASSERTING_VERBS:
        return False
    if is_negated(verb) or modal_of(verb) not in (None, "past"):
        return False
    failing = subject_of(verb)
    if failing is None or not (
        failing.lemma_.lower() in ADDRESSEES | {"authority", "official", "prosecutor", "court"}
        or failing.ent_type_ in ("ORG", "GPE")
    ):
        return False
    if verb.lemma_.lower() == "do":
        nothing = child_with(verb, "dobj")
        return nothing is not None and nothing.lower_ in ("nothing", "little")
    return _xcomp_lemma(verb) not in SILENCE_VERBS and child_with(verb, "xcomp") is not None


def _taken_to_task(take: Token) -> bool:
    """ "took the government to task for its silence"."""
    task = object_of_preposition(take, "to")
    return task is not None and task.lower_ == "task"


def _knows_no_cases(aware: Token) -> bool:
    """ "not aware of any such cases / allegations", said in answer to reports of abuse."""
    known = object_of_preposition(aware, "of")
    cases = REPORT_NOUNS | {"case", "incident"} | set(NOUN_EVENTS)
    said = aware.head.dep_ == "ccomp" and aware.head.head.lemma_.lower() in ASSERTING_VERBS
    return said and known is not None and known.lemma_.lower() in cases


def _blamed_for_silence(verb: Token) -> bool:
    """ "criticised the Government for ignoring requests": the criticism is the claim."""
    return verb.tag_ == "VBG" and verb.head.lower_ == "for"


def _said_nothing(say: Token) -> bool:
    """ "said nothing about the arrests": silence, unlike "said nothing had happened"."""
    obj = child_with(say, "dobj")
    return obj is not None and obj.lower_ == "nothing" and child_with(say, "ccomp") is None


def _unreachable(reach: Token) -> bool:
    """ "could not be reached (for comment)": the actor asked for an answer gave none."""
    if _for_comment(reach):
        return True
    sought = subject_of(reach) if is_passive(reach) else None
    return sought is not None and (
        sought.lemma_.lower() in ANSWERERS or sought.ent_type_ in ("PERSON", "ORG")
    )


def _unanswered(verb: Token) -> bool:
    """ "did not return calls", "did not answer messages seeking comment"."""
    obj = child_with(verb, "dobj")
    return obj is not None and obj.lemma_.lower() in UNANSWERED


def _gives_answer(verb: Token) -> bool:
    """ "has not provided any answer", "gave no explanation": the answer itself is withheld."""
    obj = child_with(verb, "dobj")
    return obj is not None and obj.lemma_.lower() in RESPONSE_NOUNS


def _monitoring_visit(word: Token) -> bool:
    """ "an official country visit", "allow UN monitors into the region": the access an expert
    or an observer mission asks for."""
    if word.lemma_.lower() in MONITORS:  # let in, not the ones asking ("monitors urged …")
        asking = word.dep_ in ("nsubj", "nsubjpass") and word.head.lemma_.lower() in REQUEST_VERBS
        return not asking
    if word.lemma_.lower() != "visit":
        return False
    kinds = ("country", "official", "monitoring", "fact-finding")
    return any(c.lower_ in kinds for c in word.children)


def _for_comment(word: Token) -> bool:
    """Wire copy's "for comment": the actor was asked and gave no answer."""
    asked = object_of_preposition(word, "for")
    return asked is not None and asked.lemma_.lower() == "comment"


def _fears_for_safety(fear: Token) -> bool:
    """ "fears for the safety of", "feared for his life": concern for someone's safety."""
    feared = object_of_preposition(fear, "for")
    return feared is not None and feared.lemma_.lower() in ("safety", "life", "well-being", "fate")


def _calls_reports(word: Token) -> bool:
    """ "called the reports fabrications": the report noun parsed as a compound of the word."""
    return word.head.lemma_.lower() in ("call", "brand", "label", "term") and any(
        c.dep_ == "compound" and c.lemma_.lower() in REPORT_NOUNS for c in word.children
    )


def _called_bad(word: Token) -> Detection | None:
    """ "called the verdict a travesty": criticism of what is so called, by the caller."""
    verb = word.head.head if word.dep_ == "appos" else word.head  # 'the verdict "a travesty"'
    if verb.lemma_.lower() not in ("call", "describe", "brand", "label", "term") or _blocked(verb):
        return None
    about = next((c for c in verb.children if c.dep_ == "dobj" and c != word), None)
    if about is None:
        return None
    stype = "criticize"
    if about.lemma_.lower() in REPORT_NOUNS:
        stype = "deny"  # "called the accusations shameful"
    elif about.lemma_.lower() in NOUN_EVENTS or about.lemma_.lower() == "treatment":
        stype = "condemn"  # "called the expulsions a crime": the act is condemned
    return Detection("statement", stype, word, agent=_agent_of(verb), target=about, confidence=0.75)


def _hits_out_at(hit: Token) -> bool:
    return any(c.lower_ == "out" for c in hit.children) and any(
        c.lower_ == "at" for c in hit.children
    )


def _called_worrying(word: Token) -> Detection | None:
    """'The UN called the killings "deeply disturbing"': concern about what is so called."""
    verb = word.head
    if verb.lemma_.lower() not in ("call", "describe") or _blocked(verb):
        return None
    about = child_with(verb, "dobj")
    if about is None:
        return None
    return Detection(
        "statement",
        "express_concern",
        word,
        agent=_agent_of(verb),
        target=about,
        confidence=0.7,
    )


def _called_motivated(word: Token) -> Detection | None:
    """'called the arrests "politically motivated"': the acts are denounced (condemn);
    reports so called are denied (that reading is _called_false's)."""
    verb = word.head
    if verb.lemma_.lower() not in ("call", "describe", "brand") or _blocked(verb):
        return None
    about = child_with(verb, "dobj")
    if about is None or about.lemma_.lower() in REPORT_NOUNS:
        return None
    if about.lemma_.lower() not in NOUN_EVENTS and about.lemma_.lower() not in (
        "charge",
        "sentence",
        "verdict",
        "trial",
        "prosecution",
        "case",
    ):
        return None
    return Detection(
        "statement", "condemn", word, agent=_agent_of(verb), target=about, confidence=0.7
    )


def _death_explained(clause: Token) -> bool:
    """ "told their families they had suffered heart attacks", "said he died of natural causes"."""
    if clause.lemma_.lower() not in ("die", "suffer", "commit", "have"):
        return False
    words = {t.lemma_.lower() for t in clause.subtree}
    return bool(words & EXPLAINED_DEATHS) and (
        clause.lemma_.lower() == "die" or bool(words & {"attack", "suicide", "stroke"})
    )


def _says_it_did_not_happen(verb: Token) -> Detection | None:
    """ "The ministry said no one had been detained", "insisted there are no secret prisons".

    An actor asserting that an abuse did not happen, or that its victims or places do not
    exist, denies it.
    """
    clause = child_with(verb, "ccomp")
    if clause is None or is_negated(verb) or _blocked(verb) or verb.dep_ == "acl":
        return None  # "papers saying we had not been mistreated" is no one's denial
    if _coerced(verb):
        return None  # "forced us to sign papers saying …": a coerced statement, not a denial
    if not (
        _negated_act(clause)
        or _nothing_exists(clause)
        or _defended_as_lawful(clause)
        or _nothing_to_do_with(clause)
        or _death_explained(clause)
    ):
        return None
    return Detection(
        "statement", "deny", verb, agent=_agent_of(verb), target=clause, confidence=0.7
    )


def _coerced(verb: Token) -> bool:
    current = verb
    for _ in range(4):
        if current.head == current:
            return False
        current = current.head
        if current.lemma_.lower() in ("force", "make", "compel", "coerce", "pressure"):
            return True
    return False


# Harm in general: "no civilians had been harmed" denies what any abuse report says.
HARMED = frozenset({"harm", "hurt", "injure", "wound"})


def _negated_act(clause: Token) -> bool:
    """ "the men were not tortured", "torture was not tolerated"."""
    verbs = [clause, *(c for c in clause.children if c.dep_ == "conj")]
    for verb in verbs:
        if not is_negated(verb):
            continue
        if LEMMA_FIXES.get(verb.lower_, verb.lemma_.lower()) in VERB_EVENTS.keys() | HARMED:
            return True
        subject = child_with(verb, "nsubj", "nsubjpass")
        if subject is not None and subject.lemma_.lower() in NOUN_EVENTS:
            return True
    return False


def _defended_as_lawful(clause: Token) -> bool:
    """ "detainees are treated in accordance with the law", said in answer to reports of abuse."""
    subject = child_with(clause, "nsubj", "nsubjpass")
    if subject is None:
        return False
    words = {t.lower_ for t in clause.subtree}
    lawful = {"accordance", "law"} <= words or {"within", "law"} <= words
    lawful = lawful or ("compliance" in words and bool(words & {"law", "legislation", "standards"}))
    lawful = lawful or (clause.lemma_.lower() == "treat" and bool(words & {"humanely", "well"}))
    held = subject.lemma_.lower() in PERSON_NOUNS | {"police", "force", "unit"}
    return lawful and (held or subject.lower_ in ("they", "he", "she"))


def _nothing_to_do_with(clause: Token) -> bool:
    """ "said it had nothing to do with the killings"."""
    nothing = child_with(clause, "dobj")
    if clause.lemma_.lower() != "have" or nothing is None or nothing.lower_ != "nothing":
        return False
    return any(t.lemma_.lower() == "do" for t in nothing.subtree)


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

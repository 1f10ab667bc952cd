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
    public_call,
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
        "discuss",
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
        "complaint",
        "figure",  # "said the revised figure was inflated": a number reported is a claim
        "estimate",
        "toll",
        "version",
    }
)
# Verbs by which an actor asserts something as fact (a denial when what it asserts is "no").
ASSERTING_VERBS = frozenset(
    {
        "say",
        "insist",
        "claim",
        "state",
        "maintain",
        "assert",
        "tell",
        "declare",
        "add",
        "stress",
        "inform",
        "reply",  # a government's answer to UN experts: "replied that all returns were lawful"
        "respond",
        "write",  # "he wrote on his party's website"
        "counter",
        "retort",
    }
)
# Those a request is addressed to, rather than who it is about.
ADDRESSEES = frozenset({"authority", "government", "state", "ministry", "police", "parliament"})
REQUEST_VERBS = frozenset({"call", "urge", "demand", "ask", "request", "appeal", "press"})
# A request written as a noun: "the family's request for an investigation".
REQUEST_NOUNS = frozenset({"request", "call", "demand", "appeal", "plea"})
# Access that is a detainee's right, not an inquiry's ("access to lawyers"); access for a
# doctor, who can examine and record injuries, is an inquiry's, as the annotation rules say.
ACCESS_RIGHTS = frozenset(
    {"lawyer", "family", "relative", "care", "treatment", "counsel", "medicine"}
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
# What a lettered recommendation opens with: "(a) Ensure that …", "(c) Release …".
COMMANDED_ACTS = REQUESTED_ACTS | {"investigate", "establish"}
# What is withheld from detainees when they are "denied" something.
DENIED_RIGHTS = frozenset(
    {"access", "food", "water", "care", "treatment", "visit", "bail", "right", "medicine", "sleep"}
    | {"permission", "entry", "visa", "request", "application", "licence", "license", "permit"}
)  # "the council denied permission for a supermarket" refuses; it denies no claim
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
# What an authority says it lacks when it denies a capture: "no record of her husband".
NO_KNOWLEDGE = frozenset({"record", "trace", "information", "knowledge"})
# Those whose "no record" or "no information" denies a capture: officials and institutions.
OFFICIALS = frozenset(
    {
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "official",
        "officer",
        "ministry",
        "office",
        "embassy",
        "police",
        "prosecutor",
        "authority",
        "administration",
        "service",
        "governor",
        "minister",
        "commander",
        "department",
    }
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
        "draconian",
        "massacre",  # 'called the attack "a massacre"'
        "bloodbath",
        "slaughter",
    }
)
SLAUGHTER_WORDS = frozenset({"massacre", "bloodbath", "slaughter", "atrocity"})
# Verbs by which an act draws others' stance: "prompting condemnation from rights groups".
DRAWING_VERBS = frozenset({"prompt", "draw", "spark", "provoke", "trigger", "attract"})
# What a regret is expressed at when it criticises someone's words or decision.
REGRETTED_WORDS = REPORT_NOUNS | {"decision", "resolution", "remark", "comment"}
# "It is essential that …": what a speaker says must happen.
NEEDED = frozenset({"essential", "imperative", "vital", "crucial", "necessary", "urgent"})
# Verbs by which a speaker insists on a need: "stressed the need for an investigation".
STRESSING = frozenset(
    {"stress", "emphasise", "emphasize", "underline", "underscore", "reiterate", "highlight"}
)
# What a decision or an act is called when it is denounced: "a blow to", "an attack on".
BLOW_WORDS = frozenset({"blow", "affront", "attack", "assault", "setback"})
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
        "invention",
        "fantasy",
        "myth",
        "falsehood",
        "hoax",
        "inflated",
        "overstated",
        "exaggeration",
        "propaganda",
        "smear",
    }
)
# Verbs of making a story up: "these accusations are invented by smugglers".
FABRICATING = frozenset(
    {"invent", "fabricate", "concoct", "manufacture", "fake", "stage", "inflate", "exaggerate"}
    | {"overstate", "distort"}
)


def find_statements(sent: Span) -> list[Detection]:
    """Every statement trigger in the sentence."""
    found: list[Detection] = []
    for token in sent:
        detection = _statement(token, token.lemma_.lower())
        if detection is None or _denied_already(detection, found):
            continue
        if detection.type == "demand" and public_call(token) is not None:
            continue  # a call on the public to act against people incites (events.py)
        found.append(detection)
        if detection.type in ("demand", "call_for_investigation") and _calls_for_both(token):
            other = (
                "demand" if detection.type == "call_for_investigation" else "call_for_investigation"
            )
            found[-1] = replace(detection, target=_requested_object(token, detection.type))
            found.append(replace(detection, type=other, target=_requested_object(token, other)))
    return found


def _denied_already(detection: Detection, found: list[Detection]) -> bool:
    """One denial per speaker and sentence: 'called the report "a fantasy" and said there
    were no secret prisons' is one stance against one report."""
    if detection.type != "deny" or detection.agent is None:
        return False
    return any(d.type == "deny" and d.agent == detection.agent for d in found)


def _requested_object(call: Token, stype: str) -> Token | None:
    """What a requested act is about: "to release Mr Dresk", "to investigate the beatings"."""
    acts = _requested_acts(call)
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
    asks = {_asks_investigation(a) for a in _requested_acts(call)}
    return asks == {True, False}


def _requested_acts(call: Token) -> list[Token]:
    """The acts a call asks for: "to release X and to allow monitors in", including a second
    "to …" act the parser hung inside the first one's object ("the fate of all persons
    reported missing and to open investigations")."""
    act = child_with(call, "xcomp") or next(  # 'urged viewers on Tuesday to "find and punish"'
        (c for c in call.children if c.dep_ == "advcl" and _has_to(c)), None
    )
    if act is None:
        return []
    acts = [act, *(c for c in act.children if c.dep_ == "conj")]
    acts += [
        t
        for t in act.subtree
        if t.dep_ == "conj" and t not in acts and t.tag_ == "VB" and _has_to(t)
    ]
    return [clause for a in acts for clause in _ensured(a)]


def _ensured(act: Token) -> list[Token]:
    """ "to ensure that the charges are dropped and that the threats are investigated": the
    acts to be ensured are the ones asked for, each a demand or a call for an inquiry."""
    content = child_with(act, "ccomp") if act.lemma_.lower() in ("ensure", "guarantee") else None
    others = [c for c in content.children if c.dep_ == "conj"] if content is not None else []
    return [content, *others] if content is not None and others else [act]


def _has_to(verb: Token) -> bool:
    return any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)


def _asks_investigation(act: Token) -> bool:
    obj = child_with(act, "dobj") or child_with(act, "ccomp")  # "to allow monitors access"
    own = _without_other_acts(obj) if obj is not None else []
    words = {act.lemma_.lower()} | {t.lemma_.lower() for t in own}
    visit = any(_monitoring_visit(t) for t in own)
    return bool(words & INVESTIGATION_WORDS) or visit


def _without_other_acts(obj: Token) -> list[Token]:
    """An act's object without a second "to …" act the parser hung inside it."""
    others = {
        t.i
        for c in obj.subtree
        if c.dep_ == "conj"
        and c.tag_ == "VB"
        and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
        for t in c.subtree
    }
    return [t for t in obj.subtree if t.i not in others]


def _statement(token: Token, lemma: str) -> Detection | None:
    if lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "in" for c in token.children):
        return None  # "relatives were called in for questioning" is a summons, not a request
    if lemma in ASSERTING_VERBS and token.pos_ == "VERB":
        denial = _says_it_did_not_happen(token)
        if denial is not None:
            return denial
    if lemma in CRITICISM_WORDS and token.dep_ == "oprd" and token.pos_ in ("VERB", "AUX"):
        return _called_bad(token)  # "barbaric" mistagged as a verb
    if (
        lemma in COMMANDED_ACTS
        and modal_of(token) in ("must", "should")
        and (_reported(token) or (_main_clause(token) and _addressed(token)))
    ):
        return _required(token)  # "said the authorities must stop harassing journalists"
    if token.dep_ == "ROOT" and token.pos_ in ("VERB", "AUX") and _own_voice_rebuttal(token):
        return Detection(  # a ministry's "All detainees are treated in accordance with the law"
            "statement", "deny", token, speaker_is_agent=True, confidence=0.65
        )
    if (
        (lemma in HARMFUL_ACTS or lemma in SUFFERING_VERBS)
        and token.dep_ == "ROOT"
        and _nobody_harmed(token)
    ):
        return Detection(  # a rebuttal's "No detainee has been beaten", "No one is imprisoned …"
            "statement",
            "deny",
            token,
            target=child_with(token, "nsubjpass", "nsubj"),
            speaker_is_agent=True,
            confidence=0.65,
        )
    if lemma in FABRICATING and is_passive(token) and not is_negated(token):
        made_up = child_with(token, "nsubjpass")
        if made_up is not None and made_up.lemma_.lower() in REPORT_NOUNS:
            return Detection(  # "These accusations are invented by smugglers," he said
                "statement", "deny", token, target=made_up, speaker_is_agent=True, confidence=0.7
            )
    if lemma in COMMANDED_ACTS and _imperative(token):
        return _required(token)  # a lettered recommendation: "(c) Release Ms Marrow"
    if lemma in REQUEST_NOUNS and token.pos_ == "NOUN":
        request = _nominal_request(token)
        if request is not None:
            return request  # "has yet to respond to the family's request for an inquiry"
    if lemma == "regret" and token.pos_ == "NOUN" and _regretted(token) is not None:
        return _regretted(token)  # "notes with regret that", "and regret that" (mistagged)
    if lemma in NEEDED and token.dep_ == "acomp" and _it_is_needed(token) is not None:
        return _it_is_needed(token)  # "It is essential that an impartial inquiry be held"
    if lemma == "need" and token.pos_ == "NOUN" and _stressed_need(token) is not None:
        return _stressed_need(token)  # "stressed the need for an independent investigation"
    if lemma in CRITICISM_WORDS and token.dep_ == "acomp" and _it_is_wrong(token):
        return _it_is_wrong(token)  # "It is unacceptable that people are punished for …"
    if lemma == "hold" and _held_responsible(token):
        return Detection(
            "statement",
            "criticize",
            token,
            agent=subject_of(token),
            target=child_with(_held_responsible(token), "nsubj"),
            confidence=0.8,
        )
    if lemma in NO_KNOWLEDGE and token.pos_ == "NOUN" and _no_record_of(token):
        return Detection(
            "statement",
            "deny",
            token,
            agent=subject_of(token.head),
            target=object_of_preposition(token, "of", "about", "on"),
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
    verbal = token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")
    if verbal or _mistagged_verb(token, lemma):
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
        if lemma == "regret" and (child_with(token, "ccomp", "dobj") or _that_clause(token)):
            return _regretted(token)  # "regretted that the State had not …"
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
        if lemma == "recommend" and _recommends_redress(token):
            return _demand(token)  # a treaty body's "recommends that the State party release …"
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
        if lemma in ("decline", "refuse") and _declines_requests(token):
            return Detection(  # "declined requests for an interview"
                "statement", "no_public_statement", token, agent=subject_of(token), confidence=0.8
            )
        if lemma == "confirm" and _neither_confirms_nor_denies(token):
            return Detection(  # "would neither confirm nor deny the arrests"
                "statement",
                "no_public_statement",
                token,
                agent=subject_of(token),
                target=child_with(token, "dobj"),
                confidence=0.8,
            )
        if lemma in ANSWERING | {"make"} and token.dep_ == "xcomp" and _is_yet_to(token.head):
            if _gives_answer(token):  # "has yet to make any public statement on the case"
                answer = child_with(token, "dobj")
                return replace(
                    _silence(token), target=object_of_preposition(answer, "on", "about", "over")
                )
        if lemma in ("decline", "refuse", "fail") and _xcomp_lemma(token) in SILENCE_VERBS:
            if token.tag_ == "VBG" and token.head.lower_ == "for":
                return None  # "criticised the Government for failing to respond": criticism only
            return Detection(
                "statement", "no_public_statement", token, agent=subject_of(token), confidence=0.85
            )
        if (
            lemma in SILENCE_VERBS
            and is_negated(token)
            and not _told_to_keep_quiet(token)
            and not _withheld_detail(token)
            and not _under_regret(token)
        ):
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
    if lemma == "nothing" and _said_nothing_wrong(token):
        return Detection(  # 'I said nothing illegal', 'he did nothing wrong'
            "statement",
            "deny",
            token,
            agent=subject_of(token.head),
            speaker_is_agent=True,
            confidence=0.7,
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
    unavailable = lemma == "unavailable" or (lemma == "available" and is_negated(token.head))
    if unavailable and _for_comment(token):
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
    if lemma in BLOW_WORDS and token.dep_ in ("oprd", "appos") and _harms_something(token):
        called = _called_bad(token)  # 'called the verdict "a grave blow to the independence …"'
        return replace(called, type="condemn") if called is not None else None
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
        if lemma in ("condemnation", "criticism") and token.head.lemma_.lower() in DRAWING_VERBS:
            return _drawn_stance(token)
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
    base = base or (clause.tag_ == "NN" and clause.lemma_.lower() in COMMANDED_ACTS)  # "release"
    return base or modal_of(clause) in ("must", "should")


def _recommends_redress(recommend: Token) -> bool:
    """ "recommends that the State party release …", "… that the law be amended": a remedy
    asked of an authority, not advice ("recommend that children sleep nine hours")."""
    clause = child_with(recommend, "ccomp")
    remedies = COMMANDED_ACTS | {"amend", "prosecute", "ratify", "adopt", "provide", "take"}
    if clause is None or clause.lemma_.lower() not in remedies:
        return False
    subjunctive = clause.tag_ in ("VB", "VBP", "NN")  # the tagger often misses the subjunctive
    return subjunctive or is_passive(clause) or modal_of(clause) == "should"


def _reported(verb: Token) -> bool:
    """A clause someone's words carry ("said X must …", "must open an inquiry and bring …")."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ASSERTING_VERBS | {"urge"}


def _main_clause(verb: Token) -> bool:
    """A clause the text asserts in its own voice ("Those responsible must be held to
    account."; a headline's "Joint statement: Calderra must stop the abuse")."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    if verb.dep_ == "ROOT":
        return not verb.sent.text.rstrip().endswith("?")
    headline = verb.dep_ in ("acl", "appos") and verb.head.dep_ == "ROOT"
    return headline and child_with(verb, "nsubj", "nsubjpass") is not None


def _addressed(act: Token) -> bool:
    """A requirement the text puts to someone ("The government must release them"), or
    justice for culprits ("must be held to account"); not a rule stated in passing
    ("Detainees must be brought before a judge within 48 hours")."""
    if not is_passive(act):
        return subject_of(act) is not None
    return _to_account(act) or act.lemma_.lower() in ("release", "free", "investigate")


def _under_regret(verb: Token) -> bool:
    """ "regrets that the authorities have not replied": silence blamed, a criticism only."""
    for ancestor in verb.ancestors:
        if ancestor.lemma_.lower() == "regret":
            return True
        manner = object_of_preposition(ancestor, "with")  # "notes with regret that …"
        if manner is not None and manner.lemma_.lower() == "regret":
            return True
    return False


def _imperative(verb: Token) -> bool:
    """A bare command opening its sentence, after at most a list mark ("(c)", "-", "15.")."""
    mistagged = (  # "(c) Release all persons …", "(b) Guarantee that …" taken for nouns
        verb.tag_ == "NN"
        and verb.text[:1].isupper()
        and child_with(verb, "ccomp", "dobj", "acl") is not None
    )
    if verb.dep_ != "ROOT" or verb.sent.text.rstrip().endswith("?"):
        return False
    before = [t for t in verb.sent if t.i < verb.i]
    adverbs = [t for t in before if t.tag_ in ("RB", "CC") and t.is_alpha]
    if verb.tag_ != "VB" and not mistagged and not (verb.tag_ == "VBP" and adverbs):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children):
        return False
    # list marks first, and adverbs: "Publicly and unequivocally reject incitement …"
    return all(t.is_punct or t.like_num or len(t.text) == 1 or t in adverbs for t in before)


def _required(act: Token) -> Detection | None:
    if _blocked(act) or is_negated(act):
        return None
    accountable = is_passive(act) and _to_account(act)  # "must be held to account"
    if act.lemma_.lower() in ("hold",) and child_with(act, "dobj") is None and not accountable:
        return None
    stype = "call_for_investigation" if _mentions_investigation(act, _act_words(act)) else "demand"
    target = child_with(act, "dobj")
    if target is None and is_passive(act):
        target = child_with(act, "nsubjpass")  # "Those responsible must be brought to justice"
    return Detection(
        "statement",
        stype,
        act,
        target=target,
        speaker_is_agent=True,
        confidence=0.7,
    )


def _to_account(hold: Token) -> bool:
    account = object_of_preposition(hold, "to")
    if account is not None and account.lemma_.lower() in ("account", "justice"):
        return True
    return any(c.lower_ in ("accountable", "responsible") for c in hold.children)


def _act_words(act: Token) -> list[Token]:
    """A requested act's words without a second act coordinated with it ("halt deportations
    and allow the agency access": the access is the second act's)."""
    others = {
        t.i
        for c in act.children
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
        for t in c.subtree
    }
    return [t for t in act.subtree if t.i not in others]


def _nominal_request(request: Token) -> Detection | None:
    """ "the family's request for an investigation", "the UN's call for the release of …": a
    request someone named has made, written as a noun."""
    owner = child_with(request, "poss")
    wanted = object_of_preposition(request, "for")
    if owner is None or wanted is None or owner.lower_ in ("its", "their", "his", "her"):
        return None
    words = {t.lemma_.lower() for t in wanted.subtree}
    if words & INVESTIGATION_WORDS:
        stype = "call_for_investigation"
    elif wanted.lemma_.lower() in ("release", "end", "return", "halt", "protection"):
        stype = "demand"
    else:
        return None
    return Detection(
        "statement", stype, request, agent=owner, target=_target_of_request(wanted), confidence=0.7
    )


def _target_of_request(wanted: Token) -> Token | None:
    about = object_of_preposition(wanted, "of", "into")
    return about if about is not None else None


def _regretted(regret: Token) -> Detection | None:
    """ "The Committee regrets that the State party did not provide information", "notes
    with regret that": criticism of whoever the regretted clause is about."""
    clause = child_with(regret, "ccomp") or child_with(regret, "acl") or _that_clause(regret)
    holder = regret
    if clause is None and regret.head.lower_ == "with":  # "notes with regret that …"
        holder = regret.head.head
        clause = child_with(holder, "ccomp")
    regretted = object_of_preposition(regret, "at", "over", "about")
    if clause is None and regretted is not None and regret.head.lemma_.lower() == "express":
        if regretted.lemma_.lower() in REGRETTED_WORDS:  # "regret at the statement issued by"
            return Detection(
                "statement",
                "criticize",
                regret,
                agent=_agent_of(regret.head),
                target=regretted,
                confidence=0.75,
            )
    if clause is None and regret.pos_ == "NOUN":
        return None  # "to our regret", "a regret": no stance stated
    if _blocked(holder) or modal_of(holder) not in (None, "past"):
        return None
    target = subject_of(clause) if clause is not None else child_with(regret, "dobj")
    if target is not None and (
        target.lower_ in ("they", "we", "i", "she", "he")
        or any(c.lower_ == "no" for c in target.children)
    ):
        target = None  # "regret that they have not received a reply", "that no reply came"
    agent = _agent_of(holder) if holder != regret else _agent_of(regret)
    return Detection("statement", "criticize", regret, agent=agent, target=target, confidence=0.8)


def _declines_requests(verb: Token) -> bool:
    refused = child_with(verb, "dobj")
    asked = ("request", "interview", "invitation", "call")
    return refused is not None and refused.lemma_.lower() in asked and not is_negated(verb)


def _neither_confirms_nor_denies(confirm: Token) -> bool:
    neither = any(c.lower_ == "neither" for c in confirm.children)
    return neither and any(c.lemma_.lower() == "deny" for c in confirm.conjuncts)


def _it_is_needed(word: Token) -> Detection | None:
    """ "It is essential that an impartial investigation be carried out": a request, put as
    what must happen, by whoever says so."""
    verb = word.head
    expletive = child_with(verb, "nsubj", "expl")
    clause = child_with(verb, "ccomp") or child_with(word, "ccomp")
    if expletive is None or expletive.lower_ != "it" or clause is None or _blocked(verb):
        return None
    if is_negated(verb) or modal_of(verb) not in (None, "past"):
        return None
    subjunctive = clause.tag_ == "VB" or modal_of(clause) == "should" or is_passive(clause)
    if not subjunctive:
        return None  # "it is important that families know" states, it asks no one
    words = list(clause.subtree)
    stype = "call_for_investigation" if _mentions_investigation(clause, words) else "demand"
    return Detection(
        "statement",
        stype,
        word,
        target=child_with(clause, "nsubjpass", "dobj"),
        speaker_is_agent=True,
        confidence=0.7,
    )


def _stressed_need(need: Token) -> Detection | None:
    """ "The experts stressed the need for a prompt and independent investigation"."""
    verb = need.head
    wanted = object_of_preposition(need, "for")
    if verb.lemma_.lower() not in STRESSING or wanted is None or _blocked(verb):
        return None
    if not _mentions_investigation(need, list(wanted.subtree)):
        return None
    return Detection(
        "statement",
        "call_for_investigation",
        need,
        agent=_agent_of(verb),
        target=object_of_preposition(wanted, "into", "of"),
        confidence=0.7,
    )


def _that_clause(word: Token) -> Token | None:
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


def _it_is_wrong(word: Token) -> Detection | None:
    """ "It is unacceptable that people are punished": the act so judged is condemned; an
    actor's conduct so judged ("that the government has not responded") is criticised."""
    verb = word.head
    expletive = child_with(verb, "nsubj", "expl")
    clause = child_with(verb, "ccomp") or child_with(word, "ccomp")
    if expletive is None or expletive.lower_ != "it" or clause is None or _blocked(verb):
        return None
    if is_negated(verb) or modal_of(verb) not in (None, "past"):
        return None
    actor = subject_of(clause)
    faulted = actor is not None and (
        actor.lemma_.lower() in ADDRESSEES | OFFICIALS or actor.ent_type_ in ("ORG", "GPE")
    )
    stype = "criticize" if faulted else "condemn"
    return Detection(
        "statement",
        stype,
        word,
        target=actor if faulted else clause,
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


def _no_record_of(record: Token) -> bool:
    """ "no record of any arrest"; an official's "no record of her husband", "no information
    about the case": the authorities deny knowing of the act or the person."""
    if not any(c.lower_ == "no" for c in record.children):
        return False
    about = object_of_preposition(record, "of", "about", "on")
    if about is None:
        return False
    kept = record.lemma_.lower() != "information"  # records are kept by institutions
    if about.lemma_.lower() in NOUN_EVENTS and kept:
        return True
    any_act = any(c.lower_ == "any" for c in about.children)  # "no information about any
    if about.lemma_.lower() in NOUN_EVENTS and any_act and _official_says(record):
        return True  # expulsion": an official knowing of none denies them all
    asked = about.lemma_.lower() in ("case", "whereabouts", "detention", "arrest", "fate")
    person = about.ent_type_ == "PERSON" or about.lemma_.lower() in PERSON_NOUNS
    person = person or about.lower_ in ("him", "her", "them")
    return (asked or person) and (kept or _official_says(record))


# Those close to a victim, whose account of a death is no rebuttal of abuse.
KIN_AND_COUNSEL = frozenset(
    {"sister", "brother", "mother", "father", "wife", "husband", "son", "daughter", "family"}
    | {"relative", "widow", "widower", "lawyer", "friend", "cousin", "uncle", "aunt", "parent"}
)


def _said_by_kin(word: Token) -> bool:
    """Whether the one whose words hold the word is the victim's family, lawyer or friend."""
    for verb in word.ancestors:
        if verb.lemma_.lower() in ASSERTING_VERBS | {"maintain", "testify"} and verb.pos_ == "VERB":
            speaker = _agent_of(verb)
            return speaker is not None and speaker.lemma_.lower() in KIN_AND_COUNSEL
    return False


def _official_says(word: Token) -> bool:
    """Whether an official or an institution is the one whose words hold the word."""
    current = word
    for _ in range(4):
        current = current.head
        if current.lemma_.lower() in ASSERTING_VERBS and current.pos_ == "VERB":
            speaker = _agent_of(current)
            return speaker is not None and (
                speaker.lemma_.lower() in OFFICIALS or speaker.ent_type_ in ("ORG", "GPE")
            )
        if current.head == current:
            return False
    return False


def _no_response(response: Token) -> bool:
    if _under_regret(response.head):
        return False  # "regrets that no response has been received": the criticism only
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


def _mentions_investigation(token: Token, words: list[Token] | None = None) -> bool:
    """Asks for an inquiry or for monitors' access ("access to lawyers" is a plain demand)."""
    for word in words if words is not None else _own_words(token):
        lemma = word.lemma_.lower()
        if _looks_into(word):
            return True
        if lemma == "access":
            given = object_of_preposition(word, "to", "for")
            granted = [given, *given.conjuncts] if given is not None else []
            granted += [c for c in word.conjuncts if c.pos_ == "NOUN"]  # "access … and a doctor"
            if granted and all(g.lemma_.lower() in ACCESS_RIGHTS for g in granted):
                continue  # "access to a lawyer and a doctor": the doctor's is an inquiry's
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
    if obj is None:  # "rejects the claims … alleging that": parsed as the subject of "alleging"
        clause = child_with(token, "ccomp")
        obj = child_with(clause, "nsubj") if clause is not None else None
    return obj is not None and obj.lemma_.lower() in REPORT_NOUNS


def _agent_of(token: Token) -> Token | None:
    if token.tag_ == "VBD" and token.dep_ == "conj":  # an active verb joined to a passive
        if _tacked_onto_report(token):  # 'said it was "disturbed" by X and called on …'
            return subject_of(token.head.head)
        return subject_of(token)
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in clause_root(token).children):
        return by_agent(token)
    return subject_of(token)


def _mistagged_verb(token: Token, lemma: str) -> bool:
    """ "The Ministry rejects in the strongest terms the report": a present-tense statement
    verb the tagger took for a plural noun."""
    return (
        (lemma in VERB_STATEMENTS or lemma in ("reject", "dismiss"))
        and token.dep_ == "ROOT"
        and token.tag_ == "NNS"
        and child_with(token, "nsubj") is not None
    )


def _blocked(token: Token) -> bool:
    return is_conditional(token)


# What an actor is faulted for not doing: deploring a failure criticises, it condemns no act.
FAILINGS = frozenset(
    {"failure", "silence", "inaction", "refusal", "unwillingness", "reluctance", "inability"}
)


def _verb_statement(token: Token, stype: str) -> Detection | None:
    if _blocked(token) or intent_governor(token) is not None:  # "called on them to condemn"
        return None
    if token.dep_ in ("acl", "xcomp") and token.head.lemma_.lower() in FAILINGS:
        return None  # "the failure of the ministry to condemn …": a stance not taken
    modal = modal_of(token)
    if modal in ("could", "might", "may", "would", "will", "can", "'ll", "wo", "ca"):
        return None
    negated = is_negated(token)
    if negated and stype in ("condemn", "criticize"):
        return _silence(token)
    agent = _agent_of(token)
    if lemma_of(token) == "accuse" and is_passive(token) and child_with(token, "agent") is None:
        return None  # "X has been accused of …" by no one named: an allegation, not a statement
    if agent is None and lemma_of(token) == "accuse":
        return None
    if agent is None and _tacked_onto_report(token):
        agent = subject_of(token.head.head)  # "said 11 people had been detained and denied …"
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
    failing = child_with(token, "dobj")
    if stype == "condemn" and failing is not None and failing.lemma_.lower() in FAILINGS:
        stype = "criticize"  # "deplored the failure of the ministry to condemn": an actor faulted
        target = object_of_preposition(failing, "of") or child_with(failing, "poss") or target
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


def _tacked_onto_report(verb: Token) -> bool:
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
    if is_negated(token) and _reported(token):
        # "said he had never called for violence" answers an accusation: a denial, which
        # names no target so that it merges with another denial in the same sentence
        return Detection("statement", "deny", token, speaker_is_agent=True, confidence=0.7)
    stype = "call_for_investigation" if _mentions_investigation(token) else "demand"
    agent = _agent_of(token)
    target = child_with(token, "dobj") or object_of_preposition(token, "for", "on", "upon")
    if target is None and is_passive(token):
        target = subject_of(token)  # "a bribe was demanded"
    if target is not None and (target.lemma_.lower() in MONEY_WORDS or target.ent_type_ == "MONEY"):
        return None  # money demanded of victims is extortion, an event
    price = object_of_preposition(token, "for")  # "asked her family for 500 euros"
    paying = child_with(token, "ccomp", "xcomp")  # "demanded that they pay"
    if (price is not None and price.lemma_.lower() in MONEY_WORDS) or (
        paying is not None and paying.lemma_.lower() == "pay"
    ):
        return None
    if target is not None and target.lemma_.lower() in LABOUR_CLAIMS:
        return None  # "teachers are demanding higher wages": a labour dispute, not a response
    if target is not None and target.lemma_.lower() in ("elimination", "extermination"):
        return None  # a call to eliminate a group is incitement, an event
    acts = _requested_acts(token)
    if any(a.lemma_.lower() in VIOLENT_CALLS or calls_for_violence(a) for a in acts):
        return None  # a call to attack a group ("to find and punish") is incitement, an event
    if target is not None and _sum_of_money(target, token):
        return None  # "demanded 5,000 calderi from the family": extortion, an event
    acts = [c for c in token.children if c.dep_ == "xcomp"]  # "to reveal … and to release him"
    if acts:  # "called on the authorities to release Mr Dresk": about Mr Dresk
        target = next((o for o in map(_act_object, acts) if o is not None), None) or target
    clause = child_with(token, "ccomp")
    if clause is not None and (target is None or target.lemma_.lower() in ADDRESSEES):
        asked = child_with(clause, "nsubjpass")  # "demanded that Timur be released"
        if asked is None and clause.lemma_.lower() in COMMANDED_ACTS:
            asked = _act_object(clause)  # "recommends that the State party release all …"
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


def _drawn_stance(stance: Token) -> Detection | None:
    """ "…, prompting condemnation from rights groups", "drew criticism from the UN": others'
    stance on what the subject did, by whoever it came from."""
    verb = stance.head
    source = object_of_preposition(stance, "from") or object_of_preposition(verb, "from")
    if source is None or _blocked(verb) or is_negated(verb):
        return None  # "drew condemnation" from no one named: the writer's summary
    stype = "condemn" if stance.lemma_.lower() == "condemnation" else "criticize"
    return Detection(
        "statement", stype, stance, agent=source, target=subject_of(verb), confidence=0.7
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
    pointed = about.lower_ in ("this", "these", "that", "those") and word.pos_ == "NOUN"
    if about.lemma_.lower() not in REPORT_NOUNS and not death_explained and not pointed:
        return None  # 'This is a lie," she said' points back at what was reported
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
    """ "said nothing about the arrests": silence, unlike "said nothing had happened" or
    "said nothing illegal" (a denial)."""
    obj = child_with(say, "dobj")
    return (
        obj is not None
        and obj.lower_ == "nothing"
        and child_with(say, "ccomp") is None
        and not _said_nothing_wrong(obj)
    )


WRONG_WORDS = frozenset(
    {"illegal", "wrong", "unlawful", "criminal", "improper", "inflammatory", "hateful"}
)


def _said_nothing_wrong(nothing: Token) -> bool:
    """ "I said nothing illegal", "we did nothing wrong": the accused denying wrongdoing."""
    return (
        nothing.dep_ == "dobj"
        and nothing.head.lemma_.lower() in ("say", "do", "write")
        and any(c.dep_ == "amod" and c.lower_ in WRONG_WORDS for c in nothing.children)
    )


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
    """ "called the verdict a travesty", "said the sentences were unacceptable": criticism of
    what is so called, by the one who calls it so."""
    verb = word.head.head if word.dep_ == "appos" else word.head  # 'the verdict "a travesty"'
    said = (
        verb.lemma_.lower() == "be"
        and verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in ASSERTING_VERBS
        and not is_negated(verb)
    )
    if said:  # "The spokesperson said the sentences were unacceptable"
        about = child_with(verb, "nsubj")
        if about is None or about.pos_ not in ("NOUN", "PROPN") or word.dep_ != "acomp":
            return None  # 'said holding people incommunicado "is a crime"': a general truth
        verb, named = verb.head, about
    elif verb.lemma_.lower() not in ("call", "describe", "brand", "label", "term"):
        return None
    else:
        named = None
    if _blocked(verb):
        return None
    about = named or next((c for c in verb.children if c.dep_ == "dobj" and c != word), None)
    if about is None:  # 'called the shelling "a massacre"', parsed as "shelling massacre"
        about = next((c for c in word.children if c.dep_ == "amod" and c.pos_ == "NOUN"), None)
    if about is None:
        return None
    stype = "criticize"
    if about.lemma_.lower() in REPORT_NOUNS:
        stype = "deny"  # "called the accusations shameful"
    elif about.lemma_.lower() in NOUN_EVENTS or about.lemma_.lower() == "treatment":
        stype = "condemn"  # "called the expulsions a crime": the act is condemned
    elif word.lemma_.lower() in SLAUGHTER_WORDS:
        stype = "condemn"  # 'called the shelling "a massacre"': a killing condemned by name
    return Detection("statement", stype, word, agent=_agent_of(verb), target=about, confidence=0.75)


def _harms_something(blow: Token) -> bool:
    """ "a blow to the independence of lawyers", "an attack on press freedom"."""
    if object_of_preposition(blow, "to", "on", "against") is not None:
        return True
    after = blow.nbor(1) if blow.i + 1 < len(blow.doc) else None
    return after is not None and after.lower_ in ("to", "on", "against")  # "to press" as a verb


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
    """ "told their families they had suffered heart attacks", "said he died of natural causes",
    "that he had taken his own life"."""
    if _took_own_life(clause):
        return True
    done_to_self = child_with(clause, "dobj")  # "that he had hanged himself with his shirt"
    if done_to_self is not None and done_to_self.lower_ in ("himself", "herself", "themselves"):
        suicide = clause.lemma_.lower() in ("hang", "kill", "shoot", "poison", "stab", "drown")
        return suicide and not _said_by_kin(clause)  # the accused's version, not the family's
    if clause.lemma_.lower() not in ("die", "suffer", "commit", "have"):
        return False
    words = {t.lemma_.lower() for t in clause.subtree}
    return bool(words & EXPLAINED_DEATHS) and (
        clause.lemma_.lower() == "die" or bool(words & {"attack", "suicide", "stroke"})
    )


def _took_own_life(verb: Token) -> bool:
    life = child_with(verb, "dobj")
    return (
        verb.lemma_.lower() in ("take", "end")
        and life is not None
        and life.lemma_.lower() == "life"
        and any(c.lower_ == "own" for c in life.children)
    )


def _says_it_did_not_happen(verb: Token) -> Detection | None:
    """ "The ministry said no one had been detained", "insisted there are no secret prisons".

    An actor asserting that an abuse did not happen, or that its victims or places do not
    exist, denies it.
    """
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]  # "…; the centre said all …"
    clauses += [c for clause in clauses for c in _clauses_before_semicolon(clause)]
    clauses += [  # "Nobody was deported, the families moved because …": two quoted clauses
        c for clause in clauses for c in clause.children if c.dep_ == "ccomp" and c.i < clause.i
    ]
    clause = next((c for c in clauses if _denies(c)), None)
    if clause is None or verb.dep_ == "acl" or is_negated(verb) or _blocked(verb):
        return None  # "papers saying we had not been mistreated" is no one's denial
    if _coerced(verb):
        return None  # "forced us to sign papers saying …": a coerced statement, not a denial
    if is_passive(verb) and by_agent(verb) is None:
        return None  # "they are told their relatives are not held": no one named denies it
    return Detection(
        "statement", "deny", verb, agent=_agent_of(verb), target=clause, confidence=0.7
    )


def _clauses_before_semicolon(clause: Token) -> list[Token]:
    """ "Nobody was beaten; the police acted with restraint," he said: the parser hangs the
    first of two quoted clauses joined by a semicolon or colon under the second."""
    if not any(c.dep_ == "punct" and c.lower_ in (";", ":") for c in clause.children):
        return []
    return [c for c in clause.children if c.dep_ == "ccomp" and c.i < clause.i]


def _sum_of_money(target: Token, demand: Token) -> bool:
    """A counted thing demanded from someone: a sum in a currency the lexicon may not know."""
    counted = any(c.dep_ == "nummod" or c.ent_type_ == "MONEY" for c in target.children)
    taken_from = object_of_preposition(demand, "from") or object_of_preposition(target, "from")
    return counted and taken_from is not None


def _withheld_detail(verb: Token) -> bool:
    """ "a colleague, whose name I won't say": a detail the speaker keeps back, not silence."""
    if verb.dep_ != "relcl":
        return False
    obj = child_with(verb, "dobj")
    return obj is not None and (
        obj.tag_ in ("WP", "WDT") or any(c.tag_ == "WP$" for c in obj.children)
    )


def _told_to_keep_quiet(verb: Token) -> bool:
    """ "warned the families not to speak to the media": an order to others (intimidation, an
    event), not the speaker's own silence."""
    return verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in (
        "warn",
        "tell",
        "order",
        "instruct",
        "force",
        "pressure",
        "ask",
        "advise",
    )


def _denies(clause: Token) -> bool:
    """What an actor says that contradicts an abuse report: the act did not happen, its
    victims or places do not exist, it was lawful, the accused are innocent, words were
    twisted, or a death had a natural cause."""
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
    in_custody = custody is not None and custody.lemma_.lower() in ("custody", "detention")
    return (held or in_custody or _not_with_us(clause)) and is_negated(clause)


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
        and held.lower_ in ("him", "her", "them")
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
HARMED = frozenset({"harm", "hurt", "injure", "wound", "target", "force"})
DENIABLE_ACTS = VERB_EVENTS.keys() | HARMED


def _negated_act(clause: Token) -> bool:
    """ "the men were not tortured", "torture was not tolerated"."""
    verbs = [clause, *(c for c in clause.children if c.dep_ == "conj")]
    for verb in verbs:
        subject = child_with(verb, "nsubj", "nsubjpass")
        act = (
            LEMMA_FIXES.get(verb.lower_, verb.lemma_.lower()) in DENIABLE_ACTS
            or _laid_a_finger(verb)
            or (subject is not None and subject.lemma_.lower() in NOUN_EVENTS)
        )
        if act and is_negated(verb):  # the cheap test first: most clauses name no act
            return True
    return False


# Acts whose negation is good news rather than a denial ("no one has been released").
NOT_ABUSES = frozenset({"release", "free", "pardon", "parole", "flee", "question", "summon"})
# What those sought for an act are sought for: "no one has been arrested for the murder".
CRIMES = frozenset({"crime", "murder", "killing", "attack", "death", "assault", "abduction"})


# A cheap first test on the lemma; the tagger's wrong lemmas are often the word itself.
HARMFUL_ACTS = (VERB_EVENTS.keys() | HARMED | LEMMA_FIXES.keys()) - NOT_ABUSES


def _nobody_harmed(verb: Token) -> bool:
    """A rebuttal in its own voice: the text says, in the present or present perfect, that no
    one at all suffered the act ("No detainee at the facility has been beaten"). The past
    tense of narration ("no one was hurt") and the search for culprits ("no one has been
    arrested for the murder") are not denials."""
    lemma = LEMMA_FIXES.get(verb.lower_, verb.lemma_.lower())
    suffered = lemma in SUFFERING_VERBS and _suffered_abuse(verb)
    if (lemma not in DENIABLE_ACTS or lemma in NOT_ABUSES) and not suffered:
        return False
    subject = child_with(verb, "nsubjpass", "nsubj")
    nobody = subject is not None and (
        subject.lower_ in ("nobody", "none")
        or any(c.lower_ == "no" and c.dep_ == "det" for c in subject.children)
        or (subject.lower_ == "one" and any(c.lower_ == "no" for c in subject.children))
    )
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    present = bool(auxes & {"has", "have", "is", "are"}) or verb.tag_ in ("VBZ", "VBP")
    culprits = object_of_preposition(verb, "for")
    sought = culprits is not None and culprits.lemma_.lower() in CRIMES | set(NOUN_EVENTS)
    return nobody and present and not sought and not _blocked(verb)


# Verbs by which a rebuttal says no one underwent an abuse ("has been subjected to pressure").
SUFFERING_VERBS = frozenset({"subject", "receive", "suffer", "face", "experience"})
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


def _own_voice_rebuttal(root: Token) -> bool:
    """A government's statement in its own voice, with no reporting verb: "All persons held
    at the centre are treated in strict accordance with the law", or a denial opened by
    "Contrary to claims by …" / "Contrary to what is claimed, …"."""
    if modal_of(root) is not None or _blocked(root) or root.lemma_.lower() in ASSERTING_VERBS:
        return False
    if _contrary_to_claims(root):
        return _denies(root) or _nobody_harmed_at_any_time(root)
    return _defended_as_lawful(root) and not is_negated(root)


def _contrary_to_claims(root: Token) -> bool:
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
    lawful = lawful or ("compliance" in words and bool(words & {"law", "legislation", "standards"}))
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
    held = subject.lemma_.lower() in PERSON_NOUNS | {"police", "force", "unit"}
    acts = subject.lemma_.lower()  # "every detention was carried out …", "the demolitions …"
    held = held or acts in NOUN_EVENTS or acts in OFFICIAL_ACTS
    named = subject.ent_type_ == "PERSON" or subject.pos_ == "PROPN"  # "Mr Verest has been treated"
    return lawful and (held or named or subject.lower_ in ("they", "he", "she"))


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
    }
)


def _nothing_to_do_with(clause: Token) -> bool:
    """ "said it had nothing to do with the killings"."""
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

"""Statement lexicons: the trigger verbs, and the word lists more than one family reads."""

from __future__ import annotations

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
        # what a report is taken to say: "rejected the suggestion that payments were routine",
        # "the description of the Guard as a militia is misleading"
        "suggestion",
        "insinuation",
        "contention",
        "characterisation",
        "characterization",
        "portrayal",
        "description",
        "depiction",
    }
)
# Verbs by which an actor asserts something as fact (a denial when what it asserts is "no").
# Beside attribution.REPORTING_VERBS (who reports a claim) these add the verbs of answering
# ("reply", "respond", "counter", "retort", "stress") and leave out finding and hearing.
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
        # remedies newswires and NGOs ask for: "to let the civilians leave", "to quash the
        # convictions", "to reinstate the dismissed judges"
        "let",
        "spare",
        "reinstate",
        "quash",
        "revoke",
        "rescind",
        "abolish",
        "commute",
        "annul",
    }
)
# What is asked for, written as a noun: "pressed for the release of", "sought the return of".
REQUESTED_NOUNS = frozenset(
    {
        "release",
        "end",
        "return",
        "repeal",
        "withdrawal",
        "lifting",
        "halt",
        "cessation",
        "removal",
        "reinstatement",
        "freedom",
        "abolition",
        "annulment",
        "reversal",
        "justice",
        "restoration",
        "repatriation",
    }
)
# Verbs of pressing for something: "pressed for the release", "pushed for the repeal".
PRESSING_VERBS = frozenset(
    {"press", "push", "plead", "lobby", "campaign", "petition", "clamour", "clamor", "appeal"}
    | {"ask"}  # "asked for the release of the two brothers"
)
# Verbs by which a report or a claim is rejected: "rebuffed the allegations", "disputed the
# findings", "repudiated the claims"; each denies only when its object is a report.
REJECTING_VERBS = frozenset(
    {"reject", "dismiss", "rebuff", "repudiate", "dispute", "contest", "discount", "debunk"}
    | {"ridicule", "deride", "discredit"}
)
# What a recommendation asks be undone or answered for, beyond the request verbs: "Close
# all unofficial places of detention", "Reopen the investigation into the death of …".
REDRESS_ACTS = frozenset(
    {"close", "reopen", "shut", "dismantle", "disband", "abolish", "prosecute", "compensate"}
    | {"resign"}  # "He says the interior minister must resign"
)
# What a lettered recommendation opens with: "(a) Ensure that …", "(c) Release …".
# Commands in a lettered or bulleted list: "(c) Release …", "- order a prompt investigation
# into the threat", "- open an independent inquiry".
COMMANDED_ACTS = (
    REQUESTED_ACTS - {"let"}  # "Let me give him some" opens no recommendation
    | {"investigate", "establish", "order", "open", "launch"}
    | {
        "conduct",
        "initiate",
    }
    | REDRESS_ACTS
)
# Nouns for an answer whose absence is reported: "made no comment", "no official reaction".
RESPONSE_NOUNS = frozenset(
    {"comment", "reaction", "response", "reply", "statement", "answer", "explanation"}
)
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
# Harm in general: "no civilians had been harmed" denies what any abuse report says.
HARMED = frozenset({"harm", "hurt", "injure", "wound", "target", "force"})
# Acts whose negation is good news rather than a denial ("no one has been released").
NOT_ABUSES = frozenset({"release", "free", "pardon", "parole", "flee", "question", "summon"})
# Verbs by which a rebuttal says no one underwent an abuse ("has been subjected to pressure").
SUFFERING_VERBS = frozenset({"subject", "receive", "suffer", "face", "experience"})

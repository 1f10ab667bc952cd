"""Silence rules: no comment, no answer, could not be reached (no_public_statement)."""

from __future__ import annotations

from spacy.tokens import Token

from factfinder.extract.actors import child_with, object_of_preposition, subject_of
from factfinder.extract.events import Detection, is_conditional, is_negated, is_passive
from factfinder.extract.events.people import is_person_like
from factfinder.extract.statements.clauses import agent_of
from factfinder.extract.statements.denials import said_nothing_wrong
from factfinder.extract.statements.lexicon import RESPONSE_NOUNS

# What reporters say went unanswered: "did not return calls", "ignored requests for comment".
UNANSWERED = frozenset({"call", "message", "email", "request", "question"})
# Who wire copy says "could not be reached": the actor whose answer was sought.
ANSWERERS = frozenset(
    {"spokesperson", "spokesman", "spokeswoman", "official", "ministry", "office", "embassy"}
)


def under_regret(verb: Token) -> bool:
    """ "regrets that the authorities have not replied": silence blamed, a criticism only."""
    for ancestor in verb.ancestors:
        if ancestor.lemma_.lower() == "regret":
            return True
        manner = object_of_preposition(ancestor, "with")  # "notes with regret that …"
        if manner is not None and manner.lemma_.lower() == "regret":
            return True
    return False


# Verbs of answering whose subject "neither" or "none" reports that no one answered.
ANSWERING_VERBS = frozenset({"respond", "reply", "comment", "react", "answer"})
# Subjects that say no one of those asked did it: "Neither has responded".
NO_ONE = frozenset({"neither", "none", "nobody"})


def answered_by_none(verb: Token) -> bool:
    """ "Neither has responded", "None of the ministries replied", "No official has
    commented": silence told by a subject that counts no one, not by "not"."""
    subject = child_with(verb, "nsubj")
    if subject is None or is_negated(verb):
        return False
    answered = child_with(verb, "dobj")
    if answered is not None and answered.lemma_.lower() not in UNANSWERED:
        return False  # "Nobody answered the door"
    return subject.lower_ in NO_ONE or any(c.lower_ == "no" for c in subject.children)


def written_without_answer(receive: Token) -> Token | None:
    """Whom a speaker wrote to "without receiving an answer" ("had written twice to the
    mayor's office without receiving a reply"): that office's silence, or None."""
    if receive.head.lower_ != "without" or not gives_answer(receive):
        return None
    return object_of_preposition(receive.head.head, "to")


def declines_requests(verb: Token) -> bool:
    """ "declined requests for an interview": refusing to be asked is silence."""
    refused = child_with(verb, "dobj")
    asked = ("request", "interview", "invitation", "call")
    return refused is not None and refused.lemma_.lower() in asked and not is_negated(verb)


def no_response(response: Token) -> bool:
    """ "no response has been received", "we got no response": an answer that never came."""
    if under_regret(response.head):
        return False  # "regrets that no response has been received": the criticism only
    return any(c.lower_ == "no" for c in response.children) and response.head.lemma_.lower() in (
        "receive",
        "get",
        "be",
        "have",
    )


# What a writer waits to receive from those asked: "no reply has been received".
AWAITED = frozenset({"reply", "response", "answer"})


def reply_not_received(receive: Token) -> Token | None:
    """ "no reply has been received", "A response has not yet been received", "I have never
    received a reply": the answer awaited from those written to never came; gives the reply
    (its "from …" names who stayed silent). Not when the silence is what is regretted."""
    if receive.lemma_.lower() != "receive" or under_regret(receive):
        return None
    reply = child_with(receive, "nsubjpass" if is_passive(receive) else "dobj")
    if reply is None or reply.lemma_.lower() not in AWAITED:
        return None
    if none_given(reply) or (reply.lemma_.lower() == "response" and no_response(reply)):
        return None  # "received no response", "had received no reply": told by the noun
    none = any(c.lower_ == "no" and c.dep_ == "det" for c in reply.children)
    return reply if none or is_negated(receive) else None


def none_given(answer: Token) -> bool:
    """ "made no comment", "issued no statement", "there has been no reaction from …"."""
    if not any(c.lower_ == "no" and c.dep_ == "det" for c in answer.children):
        return False
    head = answer.head
    given = head.lemma_.lower() in ("make", "give", "offer", "issue", "be", "receive")
    return given and (answer.dep_ == "dobj" or head.lemma_.lower() == "be")


def said_nothing(say: Token) -> bool:
    """ "said nothing about the arrests": silence, unlike "said nothing had happened" or
    "said nothing illegal" (a denial)."""
    obj = child_with(say, "dobj")
    return (
        obj is not None
        and obj.lower_ == "nothing"
        and child_with(say, "ccomp") is None
        and not said_nothing_wrong(obj)
        and not said_by_witness(say)
        and not told_to_keep_quiet(say)  # "told me to say nothing to anyone": intimidation
        and not is_conditional(say)  # "if I say nothing, …"
    )


def said_by_witness(verb: Token) -> bool:
    """ "After that I kept quiet", "I said nothing": a witness telling of their own silence,
    not an actor's silence on the record."""
    subject = child_with(verb, "nsubj")
    return subject is not None and subject.lower_ == "i"


# People a speaker talks with in private: "has not spoken to him since May" is no silence
# on the record, unlike "has not spoken to the media / to reporters".
PUBLIC_AUDIENCES = frozenset(
    {"media", "press", "reporter", "journalist", "public", "parliament", "nation"}
)


def private_contact(verb: Token) -> bool:
    """ "has not spoken to him since the end of May", "had not talked with her family": no
    contact with someone, not a public silence."""
    if verb.lemma_.lower() not in ("speak", "talk"):
        return False
    listener = object_of_preposition(verb, "to", "with")
    if listener is None or listener.lemma_.lower() in PUBLIC_AUDIENCES:
        return False
    return is_person_like(listener)


# Question words after "did not say" that leave out a detail: "did not say how many".
DETAIL_WORDS = frozenset({"how"})


def detail_left_out(verb: Token) -> bool:
    """ "It did not say how many people had been arrested": a detail a statement left out,
    not a silence (the statement itself was made)."""
    if verb.lemma_.lower() not in ("say", "specify", "disclose"):
        return False
    clause = child_with(verb, "ccomp")
    return clause is not None and any(t.lower_ in DETAIL_WORDS for t in clause.subtree)


def could_not_be_reached(reach: Token) -> bool:
    """ "could not be reached (for comment)": the actor asked for an answer gave none."""
    if for_comment(reach):
        return True
    sought = subject_of(reach) if is_passive(reach) else None
    return sought is not None and (
        sought.lemma_.lower() in ANSWERERS or sought.ent_type_ in ("PERSON", "ORG")
    )


def left_unanswered(verb: Token) -> bool:
    """ "did not return calls", "did not answer messages seeking comment"."""
    obj = child_with(verb, "dobj")
    return obj is not None and obj.lemma_.lower() in UNANSWERED


def gives_answer(verb: Token) -> bool:
    """ "has not provided any answer", "gave no explanation": the answer itself is withheld."""
    obj = child_with(verb, "dobj")
    return obj is not None and obj.lemma_.lower() in RESPONSE_NOUNS


def for_comment(word: Token) -> bool:
    """Wire copy's "for comment": the actor was asked and gave no answer."""
    asked = object_of_preposition(word, "for")
    return asked is not None and asked.lemma_.lower() == "comment"


def withheld_detail(verb: Token) -> bool:
    """ "a colleague, whose name I won't say": a detail the speaker keeps back, not silence."""
    if verb.dep_ != "relcl":
        return False
    obj = child_with(verb, "dobj")
    return obj is not None and (
        obj.tag_ in ("WP", "WDT") or any(c.tag_ == "WP$" for c in obj.children)
    )


def told_to_keep_quiet(verb: Token) -> bool:
    """ "warned the families not to speak to the media": an order to others (intimidation, an
    event), not the speaker's own silence."""
    while verb.dep_ == "conj" and verb.head != verb:  # "told me to bury him and to say nothing"
        verb = verb.head
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


def whereabouts_withheld(verb: Token) -> bool:
    """ "officials have refused to say where they are": withholding where people are held
    conceals them (a disappearance, an event), it is no silence on the record."""
    said = child_with(verb, "xcomp") or verb
    content = child_with(said, "ccomp")
    return content is not None and any(
        c.lower_ == "where" and c.tag_ == "WRB" for c in content.children
    )


# Custody, and words for it, that an authority can leave unacknowledged: "has not
# acknowledged holding him", "refusing to acknowledge the deprivation of liberty".
CUSTODY_ACTS = frozenset({"hold", "detain", "arrest", "keep", "take", "capture"})
CUSTODY_WORDS = frozenset(
    {"detention", "custody", "deprivation", "arrest", "whereabouts", "fate", "capture"}
)


def custody_unacknowledged(verb: Token) -> bool:
    """ "The authorities have not acknowledged holding them", "refused to acknowledge his
    detention": a capture the authorities conceal (an enforced disappearance, an event), not
    their silence on the record."""
    said = child_with(verb, "xcomp") if verb.lemma_.lower() != "acknowledge" else verb
    if said is None or said.lemma_.lower() not in ("acknowledge", "confirm", "admit"):
        return False
    held = child_with(said, "xcomp", "ccomp")
    if held is not None and held.lemma_.lower() in CUSTODY_ACTS:
        return True
    obj = child_with(said, "dobj")
    return obj is not None and obj.lemma_.lower() in CUSTODY_WORDS


# What a spokesperson declines to give when saying nothing: details, information, figures.
WITHHELD = frozenset({"detail", "information", "comment", "figure", "explanation", "name"})


def details_withheld(decline: Token) -> bool:
    """ "It declined to give further details", "refused to provide any information": the
    actor asked and saying nothing more, a silence on the record."""
    act = child_with(decline, "xcomp")
    if act is None or act.lemma_.lower() not in ("give", "provide", "offer", "release", "share"):
        return False
    given = child_with(act, "dobj")
    return given is not None and given.lemma_.lower() in WITHHELD and not is_negated(decline)


def nothing_to_add(have: Token) -> bool:
    """ "I have nothing to add", "I have nothing further to say on that": a speaker closing a
    question without an answer."""
    nothing = child_with(have, "dobj")
    if nothing is None or nothing.lower_ != "nothing":
        return False
    said = [c for c in nothing.children if c.dep_ in ("acl", "relcl", "xcomp")]
    return any(c.lemma_.lower() in ("add", "say") for c in said)


# Words that tell a refusal as the moment of something done to the one who refused.
MOMENTS = frozenset({"when", "after", "because"})


def refused_under_questioning(refuse: Token) -> bool:
    """ "when she refused to answer, one of them held a pistol to her temple": a refusal told
    as the moment of an act against the one who refused, a detainee's, not an actor's
    silence on the record."""
    return refuse.dep_ == "advcl" and any(
        c.dep_ in ("advmod", "mark") and c.lower_ in MOMENTS for c in refuse.children
    )


def raised_money(verb: Token | None) -> bool:
    """ "could not raise the 8,000 kresta", "failed to raise the money": a sum not found, not
    an issue left unraised."""
    if verb is None or verb.lemma_.lower() != "raise":
        return False
    obj = child_with(verb, "dobj")
    if obj is None:
        return False
    counted = any(c.dep_ == "nummod" for c in obj.children) or obj.ent_type_ == "MONEY"
    return counted or obj.lemma_.lower() in ("money", "cash", "sum", "fund", "ransom", "fee")


def silence_detection(
    token: Token, agent: Token | None, confidence: float, target: Token | None = None
) -> Detection:
    """A no_public_statement claim on the words that report the silence ("declined to
    comment", "could not be reached"), held against the actor who stayed silent."""
    return Detection(
        "statement",
        "no_public_statement",
        token,
        agent=agent,
        target=target,
        confidence=confidence,
    )


def no_public_statement(token: Token) -> Detection:
    """The silence of a negated stance verb ("has not condemned", "declined to comment"), and
    what it was not said about."""
    target = object_of_preposition(token, "on", "about", "over") or child_with(token, "dobj")
    agent = agent_of(token)
    if agent is None and token.dep_ == "xcomp":
        agent = subject_of(token.head)
    return silence_detection(token, agent=agent, target=target, confidence=0.8)

"""Dependency helpers for triggers: coordination, voice, polarity, modality, denial and lists."""

from __future__ import annotations

from spacy.tokens import Token

from factfinder.extract.actors import child_with
from factfinder.extract.events.lexicon import (
    CAPTORS,
    COMPELLING,
    CUSTODY_WORDS,
    DENY_VERBS,
    INTENT_VERBS,
    INTRANSITIVE,
    VERB_EVENTS,
)
from factfinder.extract.events.people import PERSON_NOUNS, is_person_like

MODALS = frozenset(
    {"could", "might", "may", "would", "will", "shall", "should", "must", "can", "'ll", "wo", "ca"}
)
# Modals that foretell: "would be killed", "will be shot", what a threat promises.
FORETELLING_MODALS = frozenset({"would", "will", "'ll"})
# Modals of what may or will happen, as against what should or must: no statement is made.
HYPOTHETICAL_MODALS = MODALS - {"should", "must", "shall"}
# Verbs of explaining that end a denial's reach: in "denied the allegations, saying the men
# had been detained for …" what is said is not denied. Not the statement family's
# ASSERTING_VERBS: this one has "explain" and leaves out "maintain", "reply", "write" ….
EXPLAINING_VERBS = frozenset({"say", "state", "insist", "explain", "add", "claim"})
HEADLINE_PARTICIPLES = frozenset({"beaten", "taken", "driven", "shot", "stabbed", "hanged"})
FALSE_WORDS = frozenset(
    {"false", "untrue", "baseless", "unfounded", "groundless", "fabricated", "lie", "fabrication"}
)


def clause_root(token: Token) -> Token:
    """The first verb of a coordination: "detained and tortured" → "detained"."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


def _coordination(token: Token) -> list[Token]:
    """The verb and the first verb of its coordination, whose auxiliaries it shares.

    A conjoined clause with its own subject shares nothing: "cannot" in "her family cannot
    locate her, and the authorities deny holding her" does not reach the denial.
    """
    if token.dep_ == "conj" and child_with(token, "nsubj", "nsubjpass") is not None:
        return [token]
    return [token, clause_root(token)]


def is_negated(token: Token) -> bool:
    """Whether the verb (or the coordination it belongs to) is negated.

    A conjoined clause with its own subject keeps its own polarity: in "her family cannot
    locate her, and the authorities deny holding her" the denial is not negated.
    """
    for verb in _coordination(token):
        for child in verb.children:
            if child.dep_ == "neg" or child.lower_ in ("never", "not", "n't"):
                return True
        subject = child_with(verb, "nsubj", "nsubjpass")
        if subject is not None and subject.lower_ in ("nobody", "none", "noone"):
            return True
        if subject is not None and any(c.lower_ == "neither" for c in subject.children):
            return True  # "neither the army nor the police responded"
        if subject is not None and _not_a_single(subject):
            return True  # "not a single peaceful citizen was beaten"
        if subject is not None and any(
            c.lower_ == "no" and (c.dep_ == "det" or subject.lower_ == "one")
            for c in subject.children
        ):
            return True  # "no one was beaten", "no civilians had been killed"
    return False


def _not_a_single(subject: Token) -> bool:
    """ "Not a single detainee", "not one person": a subject that counts no one."""
    words = [t.lower_ for t in subject.subtree if t.i <= subject.i]
    return len(words) > 1 and words[0] == "not" and words[1] in ("a", "one", "single")


def modal_of(token: Token) -> str | None:
    """The modal on the verb or its coordination, unless it is a past speculation."""
    for verb in _coordination(token):
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        for aux in auxes:
            if aux.lower_ in MODALS or aux.tag_ == "MD":
                perfect = any(a.lower_ in ("have", "'ve") for a in auxes)
                return "past" if perfect else aux.lower_
        if any(c.lower_ == "going" for c in auxes):
            return "will"
    return None


def is_passive(token: Token) -> bool:
    """Passive voice: an auxpass or nsubjpass, or a participle modifying a noun."""
    if token.lower_ in HEADLINE_PARTICIPLES and child_with(token, "dobj") is None:
        return True  # "activist beaten in Abrevo": a headline drops "was"
    if _headline_done_to(token):
        return True  # "Refugees Forcibly Returned to Varnia": "were" dropped
    if causative(token):
        return True
    for verb in (token, _subject_bearer(token), clause_root(token)):
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            return True
        if verb == token and token.tag_ in ("VBD", "VBZ", "VBP") and child_with(token, "nsubj"):
            break  # "she was denied care, and guards confiscated her letters": own active subject
        if verb != token and child_with(verb, "nsubj") is not None:
            break  # "officers had followed her and her daughter had been stopped and questioned"
    if any(c.dep_ in ("nsubj", "aux") and c.lemma_.lower() != "be" for c in token.children):
        return False  # "reports that fighters had abducted 30 children" is active
    if token.dep_ == "acl" and token.tag_ == "VBD":
        return True  # "1,150 people pushed back": a reduced relative, mistagged as past
    return token.tag_ == "VBN" and token.dep_ in ("acl", "amod", "xcomp", "advcl", "acomp")


def causative(token: Token) -> bool:
    """ "had their passports confiscated", "had their homes raided": done to the subject's
    belongings, a passive whose sufferer is the subject of "have"."""
    return (
        token.tag_ == "VBN"
        and token.dep_ in ("ccomp", "xcomp")
        and token.head.lemma_.lower() == "have"
        and child_with(token, "nsubj") is not None
        and not any(c.dep_ in ("aux", "auxpass") for c in token.children)
    )


def _subject_bearer(token: Token) -> Token:
    """The nearest verb up a coordination that has its own subject: in "followed her, and her
    daughter had been stopped and questioned", "questioned" shares "stopped"'s passive."""
    current = token
    while current.dep_ == "conj" and current.head != current:
        if child_with(current, "nsubj", "nsubjpass") is not None:
            return current
        current = current.head
    return current


def governors(token: Token) -> list[Token]:
    """The chain of heads above a token, up to the sentence root."""
    chain: list[Token] = []
    current = token
    while current.head != current and len(chain) < 12:
        current = current.head
        chain.append(current)
    return chain


def is_conditional(token: Token) -> bool:
    """Inside an if/unless clause, or a question."""
    for verb in [token, *governors(token)]:
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
            return True
        if _consequence_of_condition(verb):
            return True
        if verb.dep_ in ("ROOT", "ccomp"):
            break
        if verb.dep_ == "conj" and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in verb.children
        ):
            break  # "… if they asked, and that one woman was told …": a clause of its own
    last = token.sent[-1]
    while last.is_space and last.i > token.sent.start:
        last = last.nbor(-1)
    return last.text in ("?", "?\u201d", '?"')


def _consequence_of_condition(verb: Token) -> bool:
    """ "If the bill is passed, police would be able to detain …": a main clause that says
    what would or could follow an if-clause is hypothetical ("beat us if we spoke" is not)."""
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not modals & {"would", "could", "might", "may", "will", "'ll", "'d"}:
        return False
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in verb.children
    )


def intent_governor(token: Token) -> Token | None:
    """A verb of wanting, planning or refusing that the act depends on ("agreed to free")."""
    verb = first_listed_infinitive(token)
    if verb.dep_ in ("xcomp", "ccomp", "advcl") and verb.head.lemma_.lower() in INTENT_VERBS:
        if verb.dep_ == "advcl" and not any(c.lower_ == "to" for c in verb.children):
            return None
        return verb.head
    return None


def first_listed_infinitive(token: Token) -> Token:
    """The first of a list of infinitives ("called on them to disclose his whereabouts, to
    release all those detained and to …"), which the parser hangs one on another as
    clauses of purpose: every item is asked for, as the first is."""
    verb = clause_root(token)
    while (
        verb.dep_ == "advcl"
        and _to_infinitive(verb)
        and _to_infinitive(verb.head)
        and verb.head.dep_ in ("xcomp", "ccomp", "advcl", "conj")
    ):
        verb = clause_root(verb.head)
    return verb


def _to_infinitive(verb: Token) -> bool:
    """ "to release": a bare verb with its "to"."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def under_denial(token: Token) -> bool:
    """Whether a speaker denies the act ("denied that anyone was tortured", "no reason to")."""
    return denier_of(token) is not None or _denied_otherwise(token)


def denier_of(token: Token) -> Token | None:
    """The deny verb governing the act ("denied holding him", "rejects the claims that …")."""
    below = token
    for governor in governors(token):
        lemma = governor.lemma_.lower()
        coordinated = below.dep_ == "conj" and below.head == governor
        below = governor
        if lemma in DENY_VERBS and (coordinated or is_passive(governor)):
            continue  # "were denied medical care and subjected to beatings": no one denies
        if lemma in DENY_VERBS:
            return governor
        if lemma in EXPLAINING_VERBS:
            return None
    return None


def _denied_otherwise(token: Token) -> bool:
    """ "no reason to believe …", "reports that detainees were beaten are false"."""
    for governor in governors(token):
        lemma = governor.lemma_.lower()
        if lemma == "be" and any(
            c.dep_ in ("acomp", "attr") and c.lemma_.lower() in FALSE_WORDS
            for c in governor.children
        ):
            return True
        if lemma in EXPLAINING_VERBS and governor.pos_ != "NOUN":  # the noun "claims that …
            return False  # are groundless" carries the denial; "denied it, saying the men …" not
        if lemma in ("believe", "evidence", "proof") and any(
            c.lower_ == "no" for c in governor.head.children
        ):
            return True
        if lemma in ("reason", "evidence", "proof") and any(
            c.lower_ == "no" for c in governor.children
        ):
            return True
    return False


def reduced_passive(verb: Token, subject: Token | None) -> bool:
    """ "registered 1,150 people pushed back": a participle the parser read as a past tense.

    Counted people as the subject of a transitive act with no object are its victims.
    """
    if subject is None or verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() in INTRANSITIVE:
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp") for c in verb.children):
        return False
    counted = any(c.dep_ == "nummod" for c in subject.children)
    person = subject.lemma_.lower() in PERSON_NOUNS or (headline(verb) and is_person_like(subject))
    return (
        (counted or headline(verb))
        and person
        and subject.lemma_.lower() not in CAPTORS | {"soldier", "guard", "officer", "official"}
    )


# Manners that only an act done to someone has: "forcibly returned", "arbitrarily detained".
DONE_TO_MANNERS = frozenset(
    {"forcibly", "arbitrarily", "unlawfully", "illegally", "brutally", "secretly", "wrongfully"}
)


def _headline_done_to(verb: Token) -> bool:
    """A headline's past verb with a manner only a victim suffers and no object ("Refugees
    Forcibly Returned", "Students Arbitrarily Detained") is a passive that dropped "were"."""
    if verb.tag_ not in ("VBD", "VBN") or child_with(verb, "dobj") is not None:
        return False
    manner = any(c.dep_ == "advmod" and c.lower_ in DONE_TO_MANNERS for c in verb.children)
    return manner and headline(verb)


# A headline is short; longer text without a full stop is a list item or a broken line.
HEADLINE_TOKENS = 16


def headline(token: Token) -> bool:
    """A headline drops "was" and "were": "Journalist freed after six months in jail",
    "Activist abducted in Dorsk, family says" – a short line with no closing full stop."""
    sent = token.sent
    words = [t for t in sent if not t.is_space]
    return (
        0 < len(words) <= HEADLINE_TOKENS
        and words[-1].text not in (".", "!", "?", ";", ":", '"', "\u201d", "'")
        and sent.text.strip()[:1].isupper()
    )


def under_compulsion(verb: Token) -> bool:
    """ "forced to sign", "made to hand over": done under compulsion."""
    governor = verb.head
    infinitive = verb.dep_ == "xcomp" or (
        verb.dep_ == "advcl" and any(c.lower_ == "to" for c in verb.children)
    )  # "were made to stand" may parse the infinitive as an adverbial clause
    return infinitive and governor.lemma_.lower() in ("force", "compel", "make", "coerce")


def made_to(verb: Token) -> bool:
    """ "made the prisoners kneel": a bare infinitive with its own subject under "make"."""
    return (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in ("make", "force")
        and child_with(verb, "nsubj") is not None
    )


def _listed(verb: Token, item: Token) -> bool:
    """ "abducted, tortured …": a verb after a comma, with no subject or conjunction of its own,
    that the parser hung on the first verb of a list."""
    doc = item.doc
    return (
        item.head == verb
        and verb.i < item.i
        and doc[item.i - 1].text == ","
        and item.tag_ in ("VBD", "VBN")
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in item.children
        )
    )


def list_head(token: Token) -> tuple[Token, Token | None] | None:
    """The first verb of a list of acts the parser misread, and the list's shared object.

    "have detained, tortured and disappeared scores of critics" is parsed with "tortured" as
    an adjective of "scores"; "abducted, tortured and killed three journalists" with
    "tortured" as an adverbial clause. Either way every verb of the list has the first
    verb's subject and the last verb's object.
    """
    item = token.head if token.dep_ == "conj" and token.head.tag_ in ("VBD", "VBN") else token
    if item.dep_ == "amod" and item.tag_ in ("VBN", "VBD") and item.i > 1:
        victims = item.head
        first = victims.head
        if (
            victims.dep_ == "dobj"
            and first.i == item.i - 2
            and item.doc[item.i - 1].text == ","
            and first.pos_ == "VERB"
            and VERB_EVENTS.get(first.lemma_.lower()) is not None
        ):
            return first, victims
        return None
    if item.dep_ == "advcl" and _listed(item.head, item):
        first = item.head
        victims = child_with(item, "dobj") or shared_object(item)
        if VERB_EVENTS.get(first.lemma_.lower()) is not None:
            return first, victims
    return None


def shared_object(verb: Token) -> Token | None:
    """ "kicked and punched the prisoners": the object of the last verb is everyone's."""
    for conjunct in verb.children:
        if conjunct.dep_ == "advcl" and _listed(verb, conjunct):
            obj = child_with(conjunct, "dobj") or shared_object(conjunct)
            if obj is not None:
                return obj  # "abducted, tortured and killed three journalists"
        if conjunct.dep_ == "conj" and conjunct.pos_ == "VERB":
            act = child_with(conjunct, "xcomp")  # "beat and threatened to kill a student"
            obj = child_with(conjunct, "dobj") or (child_with(act, "dobj") if act else None)
            if obj is not None:
                return obj
            deeper = shared_object(conjunct)  # "detained, beat and threatened …"
            if deeper is not None:
                return deeper
    return None


def asked_about(victims: Token) -> bool:
    """ "how many people", "which detainees": people an embedded question asks about."""
    return any(t.lower_ in ("how", "which") and t.i < victims.i for t in victims.subtree)


def imperative(verb: Token) -> bool:
    """A bare verb opening a sentence or list item, with no subject: an instruction; and a
    bare verb joined to one ("Disclose his whereabouts and release him")."""
    if (
        verb.dep_ == "conj"
        and verb.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    ):
        return imperative(clause_root(verb))
    if verb.tag_ not in ("VB", "VBP") or verb.dep_ != "ROOT":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children):
        return False
    before = [t for t in verb.sent if t.i < verb.i and (t.is_alpha and len(t) > 1)]
    # only list markers ("(c)", "-", "1.") and adverbs ("Immediately and unconditionally
    # release …") may come first
    adverbs = all(t.tag_ in ("RB", "CC") for t in before)
    return not before or (adverbs and any(t.tag_ == "RB" for t in before))


def accused_of_act(token: Token) -> bool:
    """ "Security services have been accused of abducting …": an allegation, hedged."""
    head = token.head
    return token.dep_ == "pcomp" and head.dep_ == "prep" and head.head.lemma_.lower() == "accuse"


def has_since(verb: Token) -> bool:
    """ "not seen him since", "not heard from since": a silence dated from a disappearance."""
    return any(c.lower_ == "since" for c in verb.subtree)


def has_particle(verb: Token, word: str) -> bool:
    """The verb's particle, even when the parser hangs it on the next phrase ("handed over
    3,000 dollars" with "over" read as a modifier of the number)."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return any(c.lower_ == word for c in verb.children) or (
        following is not None and following.lower_ == word
    )


def compelled(act: Token) -> bool:
    """ "forced to hand over cash", "were forced for months to hand over …" (where the parser
    hangs the act on "months"): an act someone was made to do."""
    if act.dep_ == "xcomp":
        return act.head.lemma_.lower() in COMPELLING
    if act.dep_ != "relcl" or not any(c.lower_ == "to" for c in act.children):
        return False
    verb = act.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    return verb.lemma_.lower() in COMPELLING


def every_one(noun: Token) -> bool:
    """ "all persons", "every detention", "any detainee": a class the sentence generalises
    over (rebuttals' "all persons held are treated lawfully"), not acts that happened. A count
    ("all 40 people detained") still tells of the acts."""
    quantified = any(
        c.dep_ == "det" and c.lower_ in ("all", "every", "each", "any") for c in noun.children
    )
    return quantified and not any(c.dep_ == "nummod" for c in noun.children)


def correction_of(act: Token) -> bool:
    """What "an earlier version" of a story said: a figure or claim the correction withdraws."""
    for governor in governors(act):
        if governor.lemma_.lower() in ("say", "report", "state"):
            # "Correction, 28 June: An earlier version of this article … said": the version
            # stands in apposition to the heading word, or as a second subject beside it
            subjects = [c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")]
            tellers = [*subjects, *(c for s in subjects for c in s.children if c.dep_ == "appos")]
            return any(
                t.lemma_.lower() in ("version", "draft")
                and any(c.lower_ in ("earlier", "previous", "original") for c in t.children)
                for t in tellers
            )
    return False


def habitual(verb: Token, modal: str) -> bool:
    """Testimony's habitual past: "they would beat us every night" (no "if", nobody reporting)."""
    if modal != "would":
        return False
    root = clause_root(verb)
    if root.dep_ != "ROOT":
        return False
    return not any(t.lower_ in ("if", "unless") for t in verb.sent)


def noun_before_being(verb: Token) -> Token | None:
    """ "accounts of men being taken": the noun right before "being" is who underwent it."""
    if verb.i < 2 or child_with(verb, "nsubjpass") is not None:
        return None
    before = verb.doc[verb.i - 1]
    noun = verb.doc[verb.i - 2]
    if before.lower_ == "being" and noun.pos_ in ("NOUN", "PROPN"):
        return noun
    return None


# Conjunctions that put a clause in the background of another: "after I was released".
BACKGROUND_MARKS = frozenset({"after", "since", "once", "when", "before"})
# What a clause needs to say more than that the act happened: where, when, by whom, whom.
DETAIL_DEPS = frozenset(
    {"prep", "agent", "npadvmod", "advmod", "dobj", "dative", "xcomp", "ccomp", "conj", "advcl"}
)


def bare_background(verb: Token) -> bool:
    """ "After I was released I left Varnia", "when he was arrested, his wife …": a clause
    that only dates the main act by another act, with no place, time, agent or victim of its
    own, refers back to an act already told, as the bare noun does ("after his release"). One
    with its own detail ("six weeks after he was detained at a checkpoint") tells it anew."""
    if verb.dep_ != "advcl":
        return False
    marks = [
        c for c in verb.children if c.dep_ in ("mark", "advmod") and c.lower_ in BACKGROUND_MARKS
    ]
    if not marks:  # the parser hangs "when" as an adverb, "after" as a mark
        return False
    return not any(
        c.dep_ in DETAIL_DEPS and not _the_custody(c) for c in verb.children if c not in marks
    )


def _the_custody(prep: Token) -> bool:
    """ "when I was in detention": the place of custody is the state itself, not a detail."""
    held = child_with(prep, "pobj") if prep.dep_ == "prep" else None
    return held is not None and held.lower_ in CUSTODY_WORDS and prep.head.lemma_.lower() == "be"

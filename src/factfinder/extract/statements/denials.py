"""Denial rules: reports called false, no record or knowledge of the cases, no reason."""

from __future__ import annotations

from spacy.tokens import Token

from factfinder.extract.actors import child_with, object_of_preposition, subject_of
from factfinder.extract.events import (
    NOUN_EVENTS,
    PERSON_NOUNS,
    Detection,
    is_conditional,
    is_negated,
    modal_of,
)
from factfinder.extract.events.lexicon import DENY_VERBS
from factfinder.extract.events.people import THIRD_PERSON_OBJECTS, is_person_like
from factfinder.extract.statements.clauses import agent_of
from factfinder.extract.statements.lexicon import ASSERTING_VERBS, OFFICIALS, REPORT_NOUNS


def neither_confirms_nor_denies(confirm: Token) -> bool:
    """ "would neither confirm nor deny the arrests": a refusal to answer, silence, not a
    denial."""
    neither = any(c.lower_ == "neither" for c in confirm.children)
    return neither and any(c.lemma_.lower() == "deny" for c in confirm.conjuncts)


def no_record_of(record: Token) -> bool:
    """ "no record of any arrest"; an official's "no record of her husband", "no information
    about the case": the authorities deny knowing of the act or the person."""
    if not any(c.lower_ == "no" for c in record.children):
        return False
    about = object_of_preposition(record, "of", "about", "on")
    kept = record.lemma_.lower() != "information"  # records are kept by institutions
    if about is None:
        return kept and _record_of_custody(record)
    if about.lemma_.lower() in NOUN_EVENTS and kept:
        return True
    any_act = any(c.lower_ == "any" for c in about.children)  # "no information about any
    if about.lemma_.lower() in NOUN_EVENTS and any_act and _official_says(record):
        return True  # expulsion": an official knowing of none denies them all
    asked = about.lemma_.lower() in ("case", "whereabouts", "detention", "arrest", "fate")
    person = about.ent_type_ == "PERSON" or about.lemma_.lower() in PERSON_NOUNS
    person = person or about.lower_ in THIRD_PERSON_OBJECTS
    return (asked or person) and (kept or _official_says(record) or _official_has(record))


# Custody acts a record of which an authority says it lacks: "no record of detaining him".
CUSTODY_ACTS = frozenset({"detain", "arrest", "hold", "take", "transfer", "deport"})


def _record_of_custody(record: Token) -> bool:
    """ "they have no record of detaining any of them": the act itself, as a gerund after
    "of", is what the authority has no record of."""
    of = next((c for c in record.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    act = child_with(of, "pcomp") if of is not None else None
    return act is not None and act.lemma_.lower() in CUSTODY_ACTS


def _official_has(knowledge: Token) -> bool:
    """ "The Ministry has no information about the citizen Edvin Karsa": an authority, in its
    own words or a reporter's, holding no knowledge of a person asked about (not a family's
    "we have no information about him")."""
    holder = subject_of(knowledge.head) if knowledge.dep_ == "dobj" else None
    return holder is not None and holder.lemma_.lower() in OFFICIALS


# Those close to a victim, whose account of a death is no rebuttal of abuse.
KIN_AND_COUNSEL = frozenset(
    {"sister", "brother", "mother", "father", "wife", "husband", "son", "daughter", "family"}
    | {"relative", "widow", "widower", "lawyer", "friend", "cousin", "uncle", "aunt", "parent"}
)


def said_by_kin(word: Token) -> bool:
    """Whether the one whose words hold the word is the victim's family, lawyer or friend."""
    for verb in word.ancestors:
        if verb.lemma_.lower() in ASSERTING_VERBS | {"maintain", "testify"} and verb.pos_ == "VERB":
            speaker = agent_of(verb)
            return speaker is not None and speaker.lemma_.lower() in KIN_AND_COUNSEL
    return False


def _official_says(word: Token) -> bool:
    """Whether an official or an institution is the one whose words hold the word."""
    current = word
    for _ in range(4):
        current = current.head
        if current.lemma_.lower() in ASSERTING_VERBS and current.pos_ == "VERB":
            speaker = agent_of(current)
            return speaker is not None and (
                speaker.lemma_.lower() in OFFICIALS or speaker.ent_type_ in ("ORG", "GPE")
            )
        if current.head == current:
            return False
    return False


def called_false(anchor: Token, word: Token | None = None) -> Detection | None:
    """ "the allegations were absolute lies": a denial of the reports by whoever says so."""
    word = word or anchor
    anchor = _whole_phrase(anchor)  # "a pack of lies", "full of lies": the phrase's head
    if (named := _quoted_name(anchor)) is not None:
        return Detection(  # 'called the Council statement "a collection of lies"'
            "statement", "deny", word, agent=agent_of(named.head), target=named, confidence=0.7
        )
    verb = anchor.head
    if anchor.dep_ == "pobj" and verb.lower_ == "as":  # "described the accusations as lies"
        verb = verb.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":  # "as" attached to the object
            verb = verb.head
    if verb.lemma_.lower() in DENY_VERBS:
        return None  # the verb itself is the denial
    reports = next(
        (
            c
            for c in anchor.children
            if c.dep_ in ("compound", "nmod") and c.lemma_.lower() in REPORT_NOUNS
        ),
        None,
    )  # "branded the reports fake news"; not "ran a smear campaign"
    if anchor.dep_ == "dobj" and reports is not None:
        return Detection(
            "statement",
            "deny",
            word,
            agent=agent_of(verb),
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
    if about is None or is_conditional(verb):
        return None
    said_of = word.pos_ == "NOUN" or anchor.lemma_.lower() in REPORT_NOUNS  # "baseless claims"
    pointed = about.lower_ in ("this", "these", "that", "those") and said_of
    reported = about.lemma_.lower() in REPORT_NOUNS or (named and about.lemma_.lower() in LISTS)
    if not reported and not death_explained and not pointed:
        return None  # 'This is a lie," she said' points back at what was reported
    agent = agent_of(verb) if named else None
    return Detection(
        "statement",
        "deny",
        word,
        agent=agent,
        target=about,
        speaker_is_agent=agent is None,
        confidence=0.75,
    )


# Nouns and adjectives that hold a denial word after "of": "a pack of lies", "full of lies",
# "part of a smear campaign", "a tissue of fabrications".
HOLDERS = frozenset(
    {"pack", "tissue", "web", "bunch", "full", "part", "heap", "collection", "catalogue", "series"}
)


# What a report is, beyond the report nouns, when someone calls it false: 'called the list
# "a catalogue of fairy tales"'.
LISTS = frozenset({"statement", "list"})
# Verbs that name what a thing is: 'called the statement "a collection of lies"'.
NAMING_VERBS = frozenset({"call", "brand", "label", "term", "describe", "dismiss"})


def _quoted_name(anchor: Token) -> Token | None:
    """'called the Northern Council statement "a collection of lies"': a quoted name the
    parser hangs on the object as an apposition; gives the object, a report so named."""
    named = anchor.head
    if anchor.dep_ != "appos" or named.dep_ != "dobj":
        return None
    if named.head.lemma_.lower() not in NAMING_VERBS or is_conditional(named.head):
        return None
    return named if named.lemma_.lower() in REPORT_NOUNS | LISTS else None


def _whole_phrase(word: Token) -> Token:
    """The phrase a denial word closes: "lies" in "a pack of lies" is said through "pack"."""
    while (
        word.dep_ == "pobj"
        and word.head.lower_ == "of"
        and word.head.head.lemma_.lower() in HOLDERS
    ):
        word = word.head.head
    return word


def fairy_tale(word: Token) -> bool:
    """ "a fairy tale written abroad", "a catalogue of fairy tales": a report called invented
    (a "tale" alone may be told in earnest)."""
    return word.lemma_.lower() in ("tale", "story") and any(
        c.lower_ in ("fairy", "fairy-tale") for c in word.children
    )


# What a denial word names when it qualifies a noun: "a smear campaign", "fake news".
SMEAR_HEADS = frozenset({"campaign", "attempt", "ploy", "operation", "effort", "news", "story"})


def smear_phrase(word: Token) -> Token | None:
    """ "part of a smear campaign", "fake news", "baseless accusations": a denial word that
    qualifies a noun; gives the noun that stands for the phrase."""
    if word.dep_ not in ("compound", "amod"):
        return None
    head = word.head
    named = head.lemma_.lower() in SMEAR_HEADS or head.lemma_.lower() in REPORT_NOUNS
    if head.dep_ == "dobj":  # "branded the reports fake news", not "ran a smear campaign"
        return head if calls_reports(head) else None
    return head if named and head.dep_ in ("attr", "oprd", "pobj", "ccomp") else None


def scoffed_at(verb: Token) -> Token | None:
    """ "scoffed at the allegations", "pushed back against the report": a report mocked or
    rebutted; gives the report."""
    if is_conditional(verb) or any(c.dep_ == "neg" for c in verb.children):
        return None
    if verb.lemma_.lower() == "push":  # "pushed back against / on the findings"
        if not any(c.lower_ == "back" for c in verb.children):
            return None
        mocked = object_of_preposition(verb, "against", "on")
    else:
        mocked = object_of_preposition(verb, "at")
    return mocked if mocked is not None and mocked.lemma_.lower() in REPORT_NOUNS else None


def no_truth_in_reports(truth: Token) -> bool:
    """ "no truth in the reports": a denial of what the reports say."""
    if not any(c.lower_ == "no" for c in truth.children):
        return False
    about = object_of_preposition(truth, "in", "to")
    return about is not None and about.lemma_.lower() in REPORT_NOUNS


def knows_no_cases(aware: Token) -> bool:
    """ "not aware of any such cases / allegations", said in answer to reports of abuse."""
    known = object_of_preposition(aware, "of")
    cases = REPORT_NOUNS | {"case", "incident"} | set(NOUN_EVENTS)
    said = aware.head.dep_ == "ccomp" and aware.head.head.lemma_.lower() in ASSERTING_VERBS
    return said and known is not None and known.lemma_.lower() in cases


def knows_nothing_of(know: Token) -> Token | None:
    """ "the officers told her they knew nothing about her son", "both told him they knew
    nothing about me": those asked about a missing person answering that they know nothing
    of them deny holding them; gives the person asked about."""
    nothing = child_with(know, "dobj")
    if know.lemma_.lower() != "know" or nothing is None or nothing.lower_ != "nothing":
        return None
    person = object_of_preposition(nothing, "about", "of") or object_of_preposition(
        know, "about", "of"
    )
    told = know.dep_ == "ccomp" and know.head.lemma_.lower() in ("tell", "say", "answer", "reply")
    return person if told and is_person_like(person) else None


# Those at a station's door whose "never heard of him" answers a family asking after a
# missing relative.
GATEKEEPERS = OFFICIALS | {"guard", "clerk", "staff", "warden", "duty", "desk"}


def never_heard_of(hear: Token) -> Token | None:
    """ "the officer told me they had never heard of him": an official asked about a missing
    person answering that no one there has heard of them denies holding them (not "she said
    she had never heard of the group", a speaker's own ignorance); gives the person."""
    if hear.lemma_.lower() != "hear" or not is_negated(hear) or hear.dep_ != "ccomp":
        return None
    person = object_of_preposition(hear, "of")
    teller = agent_of(hear.head)
    told = hear.head.lemma_.lower() in ("tell", "say", "answer", "reply", "insist")
    official = teller is not None and (
        teller.lemma_.lower() in GATEKEEPERS or teller.ent_type_ == "ORG"
    )
    return person if told and official and is_person_like(person) else None


WRONG_WORDS = frozenset(
    {"illegal", "wrong", "unlawful", "criminal", "improper", "inflammatory", "hateful"}
)


def said_nothing_wrong(nothing: Token) -> bool:
    """ "I said nothing illegal", "we did nothing wrong": the accused denying wrongdoing."""
    return (
        nothing.dep_ == "dobj"
        and nothing.head.lemma_.lower() in ("say", "do", "write")
        and any(c.dep_ == "amod" and c.lower_ in WRONG_WORDS for c in nothing.children)
    )


def calls_reports(word: Token) -> bool:
    """ "called the reports fabrications": the report noun parsed as a compound of the word."""
    return word.head.lemma_.lower() in ("call", "brand", "label", "term", "dismiss") and any(
        c.dep_ in ("compound", "nmod") and c.lemma_.lower() in REPORT_NOUNS for c in word.children
    )


def said_groundless(basis: Token) -> bool:
    """ "the allegations were without foundation", "dismissed the claims as without merit":
    a report said to lack a basis; not "those held without legal basis", an act done
    without one."""
    without = basis.head
    if without.lower_ != "without":
        return False
    held = without.head
    return held.lemma_.lower() == "be" or held.lower_ == "as" or held.lemma_.lower() in REPORT_NOUNS


def _reason_why_it_should(reason: Token) -> bool:
    """ "we see no reason why this positive dynamic should be sacrificed": an objection to a
    course of action, not a denial of what was reported."""
    return any(
        c.dep_ in ("relcl", "acl")
        and any(w.lower_ == "why" for w in c.children)
        and modal_of(c) in ("should", "must", "would")
        for c in reason.children
    )


def no_reason(token: Token) -> Detection | None:
    """A denial: "(had) no reason to believe reports", "no evidence that"."""
    if is_conditional(token) or _reason_why_it_should(token):
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

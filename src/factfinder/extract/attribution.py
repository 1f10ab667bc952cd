"""Who the text says asserts a claim: reporting verbs, "according to", quotations, speakers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from factfinder.extract.actors import (
    child_with,
    is_dateline,
    object_of_preposition,
    subject_of,
    unlabelled_name,
)

REPORTING_VERBS = frozenset(
    {
        "say",
        "tell",
        "report",
        "state",
        "add",
        "claim",
        "allege",
        "write",
        "announce",
        "confirm",
        "declare",
        "testify",
        "explain",
        "describe",
        "recount",
        "note",
        "warn",
        "insist",
        "acknowledge",
        "admit",
        "reveal",
        "document",
        "find",
        "show",
        "indicate",
        "suggest",
        "assert",
        "maintain",
        "conclude",
        "recall",
        "estimate",
        "publish",
        "believe",
        "tweet",
        "post",
        "inform",
        "hear",
        "learn",
    }
)
# Words that mark a claim as not established by the one who reports it.
HEDGE_WORDS = frozenset(
    {
        "allegedly",
        "alleged",
        "reportedly",
        "purportedly",
        "apparently",
        "unconfirmed",
        "supposedly",
        "rumoured",
        "rumored",
        "unverified",
        "suspected",
        "possibly",
        "presumably",
    }
)
HEDGE_VERBS = frozenset({"claim", "allege"})
# How reported content hangs off a reporting verb; its subject or an "after …" clause does not.
_REPORTED_CONTENT = frozenset(
    {"ccomp", "xcomp", "prep", "dobj", "parataxis", "acl", "attr", "oprd"}
)
_QUOTES = re.compile(
    r"\u201c[^\u201d]*(?:\u201d|$)|\"[^\"]*(?:\"|$)|\u00ab[^\u00bb]*(?:\u00bb|$)", re.S
)


@dataclass(frozen=True)
class ReportFrame:
    """A reporting verb above a claim's trigger and its speaker (None for "it was reported")."""

    verb: Token
    speaker: Token | None


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks (an unclosed quote runs to the paragraph end)."""
    return [(m.start(), m.end()) for m in _QUOTES.finditer(text)]


def in_ranges(index: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether a character index lies inside one of the ranges."""
    return any(start <= index < end for start, end in ranges)


def speaker_of(verb: Token) -> Token | None:
    """The subject of a reporting verb, or its "by" agent when passive ("interviewed by CNN")."""
    subject = child_with(verb, "nsubj")
    if subject is not None and (is_dateline(subject) or subject.tag_ in ("WDT", "WP")):
        subject = subject_of(verb)  # not the dateline; "who say": the people who say
    if subject is not None and subject.lower_ not in ("it", "there"):
        return subject
    by = object_of_preposition(verb, "by")
    if by is not None or subject is not None:
        return by
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj"):
        return subject_of(verb)  # "The government denied it, saying …": the government says
    return unlabelled_name(verb)  # "Freedom Now said": a name not labelled as subject


def report_frames(trigger: Token, skip: Token | None = None) -> list[ReportFrame]:
    """Reporting verbs the trigger depends on, innermost first, excluding their own subjects."""
    frames: list[ReportFrame] = []
    child = trigger
    current = trigger
    for _ in range(12):
        if current.head == current:
            break
        child, current = current, current.head
        if current == skip or current.lemma_.lower() not in REPORTING_VERBS:
            continue
        if child.dep_ not in _REPORTED_CONTENT:
            continue
        if child.dep_ == "xcomp" and child_with(current, "dobj") is not None:
            continue  # "told her to pay": an order given, not words reported
        if current.pos_ not in ("VERB", "AUX"):
            continue
        frames.append(ReportFrame(current, speaker_of(current)))
    return frames


def according_to(sent: Span) -> Token | None:
    """The source named by "according to X" in the sentence."""
    for token in sent:
        if token.lower_ == "according":
            to = next((c for c in token.children if c.lower_ == "to"), None)
            if to is not None:
                return child_with(to, "pobj")
    return None


def sentence_speaker(sent: Span, quotes: list[tuple[int, int]], offset: int) -> Token | None:
    """The speaker of a quotation: the subject of a reporting verb outside the quotation marks."""
    for token in sent:
        if token.lemma_.lower() in REPORTING_VERBS and token.pos_ in ("VERB", "AUX"):
            if in_ranges(token.idx + offset, quotes):
                continue
            speaker = speaker_of(token)
            if speaker is not None and not in_ranges(speaker.idx + offset, quotes):
                return speaker
    return None


def is_hedged(sent: Span, frames: list[ReportFrame]) -> bool:
    """Alleged, reportedly, claims, unconfirmed, "it has been reported" — not established."""
    if any(token.lower_ in HEDGE_WORDS for token in sent):
        return True
    for frame in frames:
        if frame.verb.lemma_.lower() in HEDGE_VERBS:
            return True
        if frame.speaker is None and any(
            c.dep_ == "nsubjpass" and c.lower_ == "it" for c in frame.verb.children
        ):
            return True
    return False

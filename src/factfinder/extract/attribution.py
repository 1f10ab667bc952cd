"""Who the text says asserts a claim: reporting verbs, "according to", quotations, speakers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from factfinder.extract.actors import (
    child_with,
    is_dateline,
    object_of_preposition,
    phrase_of,
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


# Nouns for what others say, whose content a stance-taker may carry: "reports that …".
_REPORT_NOUNS = frozenset({"report", "allegation", "claim", "account", "testimony", "information"})
# Stances taken on reports: "is concerned at reports that", "condemned allegations that".
_STANCES = frozenset({"concern", "alarm", "dismay", "worry", "trouble", "disturb", "shock"})
_STANCE_VERBS = frozenset({"express", "voice", "note", "deplore", "condemn", "receive", "cite"})


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
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.dep_ == "dobj":
        return subject_of(verb.head.head)  # "lawyers filed a complaint alleging that …"
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
        if current == skip:
            continue
        if current.pos_ == "NOUN":
            held = _stance_on_reports(current, child)
        else:
            held = _listed_after_reports(current, child)
        if held is not None:
            frames.append(held)
            continue
        if current.lemma_.lower() not in REPORTING_VERBS:
            continue
        if child.dep_ not in _REPORTED_CONTENT:
            continue
        if child.dep_ == "xcomp" and child_with(current, "dobj") is not None:
            continue  # "told her to pay": an order given, not words reported
        if current.pos_ not in ("VERB", "AUX"):
            continue
        frames.append(ReportFrame(current, speaker_of(current)))
    return frames


def _stance_on_reports(reports: Token, content: Token) -> ReportFrame | None:
    """ "The Committee is concerned at reports that detainees were tortured", "expressed
    concern about allegations that …": the reports' content is asserted by the body that
    takes a stance on them, as a statement that names an act attributes it to its speaker."""
    if reports.lemma_.lower() not in _REPORT_NOUNS or content.dep_ not in ("acl", "ccomp"):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in content.children):
        return None  # "reports published by the ministry": no content of the reports
    holder = reports.head
    if holder.dep_ == "prep":  # "concerned at reports", "concern about allegations"
        holder = holder.head
    if holder.pos_ == "NOUN" and holder.lemma_.lower() in _STANCES:
        holder = holder.head  # "expressed concern about …": the one who expressed it
    if holder.lemma_.lower() not in _STANCES | _STANCE_VERBS:
        return None
    return ReportFrame(holder, subject_of(holder))


# Prepositions by which a stance takes reports as its object: "alarm at reports that …".
_ON_REPORTS = frozenset({"at", "about", "over", "by", "on"})


def _listed_after_reports(stance: Token, act: Token) -> ReportFrame | None:
    """ "expressed alarm at reports that people are held in secret, denied contact with their
    families and released only after relatives pay": the parser often hangs the later acts
    of such a list on the stance verb itself, as if the speakers had been denied and
    released; a subjectless verb so coordinated (not "and called for …", a request) is
    still the reports' content."""
    if act.dep_ != "conj" or act.tag_ not in ("VBN", "VBD"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in act.children):
        return None  # "expressed alarm at the reports, and the ministry was informed": own act
    stance_taken = stance.lemma_.lower() in _STANCES or any(
        c.dep_ == "dobj" and c.lemma_.lower() in _STANCES for c in stance.children
    )
    if not stance_taken:
        return None
    reports = [
        p
        for prep in stance.children
        if prep.dep_ == "prep" and prep.lower_ in _ON_REPORTS
        for p in prep.children
        if p.dep_ == "pobj" and p.lemma_.lower() in _REPORT_NOUNS
    ]
    if not any(c.dep_ in ("acl", "relcl", "ccomp") for r in reports for c in r.children):
        return None
    return ReportFrame(stance, subject_of(stance))


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


# How many of a document's first paragraphs may hold its masthead or byline.
MASTHEAD_PARAGRAPHS = 4
# A masthead or byline line is short; a headline or a sentence of the text runs longer.
MASTHEAD_TOKENS = 14
# Words that make a masthead line a publication's, not the body that speaks in the text.
_PUBLICATIONS = frozenset(
    {"gazette", "courier", "times", "news", "post", "herald", "ledger", "tribune", "journal"}
)


def publishing_body(sent: Span) -> str | None:
    """The organisation a document speaks for, from a masthead or byline line ("Dispatches |
    Sentinel Rights Network", "Civic Lantern, March 2026", "Recorded by Open Hand Legal Aid")
    or an opening "We, the undersigned 14 organisations": the agent of statements the text
    makes in its own voice ("We call on …", "The authorities should …")."""
    for token in sent:
        if token.lower_ == "we" and token.dep_ == "nsubj":
            signed = child_with(token, "appos")
            if signed is not None:  # "We, the undersigned organisations, write to …"
                return _name_of(signed)
    for line in _lines(sent):  # the parser runs a headline on into the masthead below it
        header = "".join(t.text_with_ws for t in line).strip()
        if _SPOKESPERSON_FOR.match(header) and len(header) <= SPOKESPERSON_LINE_CHARS:
            return header  # the office and its voice: either may be cited as the speaker
        signature = _signature_segment(line) if _masthead_line(line) else None
        signature = signature or _issuer_of_title(line) or _institution_in_capitals(line)
        if signature is not None:
            return signature  # set off by a separator, whatever the tagger made of its words
    if not _masthead_line(list(sent)):
        return None
    if any(ent.label_ == "PERSON" and ent.start < sent.end for ent in sent.doc.ents):
        return None  # a letter's address: "Prosecutor-General Amalia Dorn / Office of …"
    if any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") and t.lower_ != "recorded" for t in sent):
        return None  # a headline with a verb reports; it does not sign
    for ent in sent.ents:
        if ent.label_ != "ORG" or {t.lower_ for t in ent} & _PUBLICATIONS:
            continue
        body = ent.root
        while body.dep_ == "pobj" and body.head.head.pos_ == "PROPN":
            body = body.head.head  # "Permanent Mission of the Federation of Istrava"
        if _a_name(body):
            return _name_of(body)
    return None


# What separates a masthead's parts: "Dispatches | Sentinel Rights Network — Report",
# "Executive summary · Ashgrove Rights Collective · February 2025".
_MASTHEAD_SEPARATORS = frozenset({"|", "\u2014", "\u2013", ",", "-", "\u00b7", "\u2022"})
_NAME_FILLERS = frozenset({"of", "for", "the", "and", "to", "on", "at", "in"})
# Texts a body issues, whose title names it: "Statement of the Embassy of …", "A report by
# Meridian Rights Watch", "Summary of a report by the Open Cells Project, published …".
_ISSUED_TEXTS = frozenset(
    {"statement", "report", "summary", "release", "letter", "communique", "submission", "note"}
)
# Verbs between an issued text and its issuer: "Joint oral statement delivered by Verity Watch".
_ISSUING_VERBS = frozenset({"deliver", "issue", "publish", "submit", "present", "prepare"})
# A briefing's header line naming the body its spokesperson speaks for: "Spokesperson for the
# UN High Commissioner for Human Rights: Elodie Marchetti-Nwosu".
SPOKESPERSON_LINE_CHARS = 140
_SPOKESPERSON_FOR = re.compile(
    r"^\s*(?:spokes(?:person|man|woman)|speaker)\s+(?:for|of)\s+(?P<body>[^:\n]{3,80}?)\s*:",
    re.I,
)
# A title runs longer than a masthead line: "Statement by the Ministry of Internal Affairs of
# the Republic of Calderra regarding the report of Watchlight International".
TITLE_TOKENS = 24
# What a government body's masthead, set in capitals, opens with: "MINISTRY OF INTERNAL
# AFFAIRS OF THE REPUBLIC OF KELTARA", "PRESIDENCY OF THE REPUBLIC OF ULVENMAR".
_INSTITUTION_HEADS = frozenset(
    {"ministry", "embassy", "presidency", "office", "mission", "department", "government"}
)


# Last words of an organisation's name, whatever the tagger labels it: "… Rights Collective".
BODY_WORDS = frozenset(
    {
        "collective",
        "network",
        "watch",
        "international",
        "initiative",
        "centre",
        "center",
        "project",
        "alliance",
        "coalition",
        "foundation",
        "institute",
        "committee",
        "commission",
        "monitor",
        "monitors",
        "association",
        "forum",
        "federation",
        "clinic",
        "trust",
    }
)


def _lines(sent: Span) -> list[list[Token]]:
    lines: list[list[Token]] = [[]]
    for token in sent:
        if "\n" in token.text or "\n" in token.whitespace_:
            if not token.is_space:
                lines[-1].append(token)
            lines.append([])
        else:
            lines[-1].append(token)
    return [line for line in lines if line]


def _issuer_of_title(line: list[Token]) -> str | None:
    """The body a document's title says issued it: "Statement of the Embassy of the Republic
    of Keltara in Skelde", "A report by Meridian Rights Watch"; "by" or "of" must follow the
    text's noun at once, so that "the report "Pay or Stay" by the foreign-registered
    organisation" (the body a rebuttal answers) names no issuer."""
    words = [t for t in line if not t.is_space]
    if not words or len(words) > TITLE_TOKENS or any(_finite_root(t) for t in words):
        return None
    for token in words[1:]:
        issued = token.nbor(-1)
        if token.lower_ == "by" and issued.lemma_.lower() in _ISSUING_VERBS and issued.i > 0:
            issued = issued.nbor(-1)  # "statement delivered by Verity Watch"
        if token.lower_ in ("by", "of") and issued.lemma_.lower() in _ISSUED_TEXTS:
            body = child_with(token, "pobj")
            if body is not None and _institution_name(body):
                return _name_of(body)
    return None


def _finite_root(token: Token) -> bool:
    """A headline's own verb ("Police detain …"): a title that reports, not one that names."""
    return token.dep_ == "ROOT" and token.tag_ in ("VBD", "VBZ", "VBP")


def _institution_name(body: Token) -> bool:
    """A body's name as a title gives it: capitalised ("Meridian Rights Watch", "the Embassy
    of the Republic of Keltara"), not "the government" or "a report by witnesses"."""
    return body.text[:1].isupper() and body.ent_type_ not in ("PERSON", "DATE", "GPE")


def _institution_in_capitals(line: list[Token]) -> str | None:
    """A government body's masthead in capitals ("MINISTRY OF INTERNAL AFFAIRS OF THE REPUBLIC
    OF KELTARA", "PRESIDENCY OF THE REPUBLIC OF ULVENMAR"), written in ordinary case: the
    body whose press service speaks in the text. A capitalised headline or "URGENT ACTION"
    opens with no such word."""
    words = [t for t in line if not t.is_space]
    if not words or len(words) > MASTHEAD_TOKENS or words[0].lower_ not in _INSTITUTION_HEADS:
        return None
    if not all(t.is_upper for t in words if t.is_alpha):
        return None
    return " ".join(t.lower_ if t.lower_ in _NAME_FILLERS else t.text.capitalize() for t in words)


def _masthead_line(line: list[Token]) -> bool:
    """Short, and not a reporter's byline ("By Nadia Quell") or a wire dateline ("KORVEL,
    Sept 25 (Northwire) —")."""
    words = [t for t in line if not t.is_space and not t.is_punct]
    if not words or len(words) > MASTHEAD_TOKENS:
        return False
    dated = any(t.text == "(" or t.ent_type_ == "DATE" for t in line)
    return words[0].lower_ != "by" and not (is_dateline(words[0]) and dated)


def _signature_segment(line: list[Token]) -> str | None:
    """A name the tagger did not label, set off in a masthead ("Dispatches | Sentinel Rights
    Network", "Civic Lantern, March 2026", "Recorded by Open Hand Legal Aid, May 2026"):
    capitalised words, two at least, no date or person; a line with no separator is a title,
    not a signature."""
    parts: list[list[Token]] = [[]]
    for token in line:
        spaced = token.text != "-" or bool(token.whitespace_)  # not "Pre-Trial"
        if token.text in _MASTHEAD_SEPARATORS and spaced:
            parts.append([])
        elif not token.is_space:
            parts[-1].append(token)
    if len(parts) < 2:
        return None
    for part in parts:
        if len(part) > 2 and part[1].lower_ == "by" and part[0].tag_ == "VBN":
            part = part[2:]  # "Recorded by Open Hand Legal Aid"
        content = [t for t in part if t.lower_ not in _NAME_FILLERS]
        if len(content) < 2 or len(part) > 6:
            continue
        named = all(
            t.is_alpha and t.text[:1].isupper() and not t.is_upper and not t.like_num
            for t in content
        )
        person = any(t.ent_type_ in ("PERSON", "GPE", "DATE") for t in part)
        person = person and content[-1].lower_ not in BODY_WORDS  # "Ashgrove Rights Collective"
        if named and not person and not {t.lower_ for t in part} & _PUBLICATIONS:
            return " ".join(t.text for t in part)
    return None


def _name_of(body: Token) -> str | None:
    named = phrase_of(body)  # the name without the masthead's trailing date or place
    if named is None:
        return None
    if named.text.count("(") > named.text.count(")"):
        return named.text + ")"  # "… for Human Rights (OHCHR": the bracket closes the name
    return named.text


def _a_name(body: Token) -> bool:
    """An organisation's name as a masthead writes it: capitalised words, two at least
    ("Beacon International"), not a headline's "UN expert alarmed by threats"."""
    words = [t for t in body.subtree if t.is_alpha]
    content = [t for t in words if t.lower_ not in ("of", "for", "the", "and", "to", "on", "at")]
    shouted = any(t.is_upper and len(t) > 3 for t in content)  # a dateline's "KORVEL"
    capitalised = all(t.text[:1].isupper() and len(t) > 1 for t in content)
    return len(content) >= 2 and capitalised and not shouted

"""The claim extractor: text in, sourced claims out (events, statements, figures, who said so)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from factfinder.extract.actors import PERSON_PRONOUNS, PRONOUNS, Phrase, is_named, phrase_of
from factfinder.extract.attribution import (
    REPORTING_VERBS,
    according_to,
    in_ranges,
    is_hedged,
    quoted_ranges,
    report_frames,
    sentence_speaker,
)
from factfinder.extract.claims import Claim, Figure, Place, When
from factfinder.extract.dates import DateMention, resolve_dates
from factfinder.extract.events import Detection, find_events
from factfinder.extract.language import is_english
from factfinder.extract.places import resolve_place
from factfinder.extract.quantities import FigureMention, find_figures
from factfinder.extract.sentences import Sentence, parse_paragraphs, sentences_of, split_paragraphs
from factfinder.extract.statements import find_statements

# Page furniture: navigation, sharing, copyright and comment prompts are never claims.
_FURNITURE = re.compile(
    r"^\W*(share (this|on)|tweet|e-?mail this|print|subscribe|follow us|sign (in|up)|log ?in|"
    r"read more|click|watch|listen|related|advertisement|comments?\b|\d+ comments?|please sign|"
    r"all rights reserved|copyright|photo:|image:|credit:)|\u00a9|all rights reserved",
    re.I,
)
_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "from", "to", "across", "inside", "throughout", "outside"}
)
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


@dataclass
class SpeakerMemory:
    """Who spoke last, so that "she said" and a following bare quotation get a named speaker."""

    last_person: str | None = None
    last_named: str | None = None
    last_quote_speaker: str | None = None

    def remember(self, phrase: Phrase | None) -> None:
        if phrase is None or not is_named(phrase):
            return
        self.last_named = phrase.text
        if phrase.head.ent_type_ == "PERSON":
            self.last_person = phrase.text

    def resolve(self, phrase: Phrase) -> str:
        word = phrase.text.lower()
        if word in PERSON_PRONOUNS:
            return self.last_person or phrase.text
        if word in ("they", "it", "we"):
            return self.last_named or phrase.text
        return phrase.text


@dataclass
class SentenceView:
    """One sentence under analysis, with what was found in it and its paragraph's quotations."""

    sentence: Sentence
    quotes: list[tuple[int, int]]
    quote_speaker: str | None
    dates: list[DateMention] | None = None
    figures: list[FigureMention] | None = None
    claims: list[tuple[Claim, Phrase | None]] = field(default_factory=list)


def analyze(text: str, published: dt.date | None = None) -> list[Claim]:
    """Every event and statement the text asserts, each anchored to its exact sentence.

    Pure: no database. Empty, furniture-only or non-English text gives [] (the CLI uses
    detect_language to say why). Relative dates resolve against `published`.
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    if not text or not text.strip() or not is_english(text):
        return []
    memory = SpeakerMemory()
    claims: list[Claim] = []
    paragraphs = split_paragraphs(text)
    for index, (paragraph, doc) in enumerate(parse_paragraphs(paragraphs)):
        quotes = quoted_ranges(paragraph.text)
        sentences = sentences_of(index, paragraph, doc)
        quote_speaker = _paragraph_quote_speaker(sentences, quotes, paragraph.text, memory)
        for sentence in sentences:
            if _FURNITURE.search(sentence.text):
                continue
            view = SentenceView(sentence, quotes, quote_speaker)
            claims.extend(_claims_of(view, published, memory))
            _remember_speakers(sentence.span, memory)
        if quote_speaker is not None and quotes:
            memory.last_quote_speaker = quote_speaker
    return claims


def _paragraph_quote_speaker(
    sentences: list[Sentence], quotes: list[tuple[int, int]], text: str, memory: SpeakerMemory
) -> str | None:
    """Who speaks the paragraph's quotations: its "she said", else the previous quotation's."""
    if not quotes:
        return None
    for sentence in sentences:
        speaker = sentence_speaker(sentence.span, quotes, 0)
        if speaker is not None:
            phrase = phrase_of(speaker)
            if phrase is not None:
                return memory.resolve(phrase)
    if text.lstrip()[:1] in ("\u201c", '"', "\u00ab"):
        return memory.last_quote_speaker
    return None


def _remember_speakers(span: Span, memory: SpeakerMemory) -> None:
    for token in span:
        if token.lemma_.lower() in REPORTING_VERBS and token.pos_ == "VERB":
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                memory.remember(phrase_of(subject))


def _claims_of(view: SentenceView, published: dt.date | None, memory: SpeakerMemory) -> list[Claim]:
    span = view.sentence.span
    detections = find_events(span) + find_statements(span)
    if not detections:
        return []
    sentence = view.sentence
    base = sentence.start - sentence.offset  # doc index of the sentence's first character
    view.dates = resolve_dates(sentence.text, published)
    view.figures = find_figures(sentence.text)
    built: list[tuple[Claim, Phrase | None, Detection]] = []
    for detection in detections:
        claim, target = _claim_of(detection, view, base, memory)
        built.append((claim, target, detection))
    _assign_counts(built, view, base)
    _attribute_nominal_events(built)
    return _without_repeats([claim for claim, _, _ in built])


def _without_repeats(claims: list[Claim]) -> list[Claim]:
    """One claim per type and target in a sentence: "kicked and punched them" is one beating.

    A claim of the same type without a named target adds nothing to one that has it.
    """
    kept: list[Claim] = []

    def unnamed(claim: Claim) -> bool:
        return claim.target is None or claim.target.lower() in PRONOUNS

    for claim in sorted(claims, key=lambda c: (unnamed(c), -c.confidence)):
        key = (claim.kind, claim.type)
        same = [k for k in kept if (k.kind, k.type) == key]
        if any(k.target == claim.target or unnamed(claim) for k in same):
            continue
        kept.append(claim)
    return sorted(kept, key=lambda c: claims.index(c))


def _claim_of(
    detection: Detection, view: SentenceView, base: int, memory: SpeakerMemory
) -> tuple[Claim, Phrase | None]:
    sentence = view.sentence
    trigger = detection.trigger
    skip = trigger.head if detection.called else None
    frames = report_frames(trigger, skip=skip)
    frames = [f for f in frames if f.verb != trigger]
    in_quote = in_ranges(trigger.idx, view.quotes)

    speaker_phrase: Phrase | None = None
    speaker_text: str | None = None
    for frame in reversed(frames):  # the outermost named speaker asserts the claim
        if frame.speaker is not None:
            speaker_phrase = phrase_of(frame.speaker)
            break
    if speaker_phrase is None:
        source = according_to(sentence.span)
        if source is not None:
            speaker_phrase = phrase_of(source)
    if speaker_phrase is not None:
        speaker_text = memory.resolve(speaker_phrase)
        memory.remember(speaker_phrase)
    elif in_quote and view.quote_speaker:
        speaker_text = view.quote_speaker
    inner_speaker = next((f.speaker for f in frames if f.speaker is not None), None)
    inner_text = speaker_text
    if inner_speaker is not None:
        inner_phrase = phrase_of(inner_speaker)
        inner_text = memory.resolve(inner_phrase) if inner_phrase is not None else speaker_text

    agent_phrase = phrase_of(detection.agent, stop=trigger) if detection.agent is not None else None
    target_phrase = (
        phrase_of(detection.target, stop=trigger, tail=detection.target_tail)
        if detection.target is not None
        else None
    )
    quoted_speaker = view.quote_speaker if in_quote else None
    agent_text = _resolve(agent_phrase, inner_text, inner_speaker, quoted_speaker, agent=True)
    target_text = _resolve(target_phrase, inner_text, inner_speaker, quoted_speaker)
    if detection.speaker_is_agent and (inner_text or agent_text is None):
        agent_text = inner_text or (view.quote_speaker if in_quote else None)
    if detection.kind == "statement" and agent_text is None and in_quote:
        agent_text = view.quote_speaker
    if agent_phrase is not None and is_named(agent_phrase):
        memory.remember(agent_phrase)

    attributed = speaker_text
    if (
        detection.kind == "statement"
        and attributed is None
        and detection.type != "no_public_statement"
    ):
        attributed = agent_text
    if detection.kind == "event" and attributed is None and in_quote:
        attributed = view.quote_speaker

    hedged = detection.hedged or is_hedged(sentence.span, frames)
    excluded = [p for p in (agent_phrase, speaker_phrase) if p is not None]
    confidence = detection.confidence - (0.1 if hedged else 0.0)
    claim = Claim(
        kind=detection.kind,  # type: ignore[arg-type]
        type=detection.type,
        sentence=sentence.text,
        start=sentence.start,
        end=sentence.end,
        agent=agent_text,
        target=target_text,
        place=_place_of(detection, sentence.span, excluded),
        when=_when_of(view, trigger.idx - base, excluded, base),
        attributed_to=attributed,
        quote=in_quote,
        negated=detection.negated,
        hedged=hedged,
        confidence=round(max(0.05, min(0.98, confidence)), 2),
    )
    return claim, target_phrase


def _attribute_nominal_events(built: list[tuple[Claim, Phrase | None, Detection]]) -> None:
    """An act named inside a statement ("condemned the torture of …") is asserted by its speaker."""
    statements = {
        d.trigger.i: c
        for c, _, d in built
        if d.kind == "statement" and d.type != "no_public_statement"
    }
    for claim, _, detection in built:
        if detection.kind != "event" or not detection.nominal or claim.attributed_to:
            continue
        head = detection.trigger.head
        for _ in range(4):
            if head.i in statements:
                claim.attributed_to = statements[head.i].agent
                break
            if head.head == head:
                break
            head = head.head


def _resolve(
    phrase: Phrase | None,
    speaker: str | None,
    speaker_token: Token | None,
    quoted: str | None,
    agent: bool = False,
) -> str | None:
    """A he/she in someone's reported words is that speaker, an I/me in a quotation its speaker.

    An organisation's "it"/"they"/"we" as the actor of its own reported words is the
    organisation ("Freedom Now said it was alarmed"). Any other pronoun stays as written:
    guessing a referent would put a name on an act.
    """
    if phrase is None:
        return None
    word = phrase.text.lower()
    if word in ("i", "me") and quoted:
        return quoted
    if speaker and speaker_token is not None:
        personal = speaker_token.lower_ in PERSON_PRONOUNS or speaker_token.ent_type_ == "PERSON"
        if word in PERSON_PRONOUNS | {"i", "me"}:
            return speaker  # "he told investigators they electrocuted me": me is the speaker
        if agent and word in ("it", "we") and not personal:
            return speaker
        if word in ("they", "them") and speaker_token.tag_ in ("NNS", "NNPS"):
            return speaker  # "several men reported that they had been forced to pay"
    return phrase.text


def _overlaps(start: int, end: int, phrases: list[Phrase], base: int) -> bool:
    return any(start < p.reach - base and p.start - base < end for p in phrases)


def _when_of(view: SentenceView, position: int, excluded: list[Phrase], base: int) -> When | None:
    """The date nearest the trigger, unless it dates the speaker ("interviewed last week")."""
    candidates = [d for d in view.dates or [] if not _overlaps(d.start, d.end, excluded, base)]
    if not candidates:
        return None
    nearest = min(candidates, key=lambda d: min(abs(d.start - position), abs(d.end - position)))
    return nearest.when


def _place_of(detection: Detection, span: Span, excluded: list[Phrase]) -> Place | None:
    """The place named nearest the trigger, preferring "in X"; never the speaker or a subject."""
    best: tuple[int, Span] | None = None
    trigger = detection.trigger
    for ent in span.ents:
        if ent.label_ not in _PLACE_LABELS:
            continue
        if any(ent.start_char < p.end and p.start < ent.end_char for p in excluded):
            continue
        root = ent.root
        if root.dep_ in ("nsubj", "nsubjpass", "poss", "compound"):
            continue
        preferred = root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPOSITIONS
        if not preferred and resolve_place(ent.text).country_code is None:
            continue  # an unknown name that is not "in X" may be a person the tagger mislabelled
        score = abs(root.i - trigger.i) + (0 if preferred else 50)
        if best is None or score < best[0]:
            best = (score, ent)
    if best is None:
        return None
    return resolve_place(best[1].text)


def _assign_counts(
    built: list[tuple[Claim, Phrase | None, Detection]], view: SentenceView, base: int
) -> None:
    """Figures written in the sentence: a claim's own target's figures, plus those nobody owns.

    Figures inside a date, a speaker or an agent are not counts; statements only count
    what their own target says.
    """
    figures = [
        f
        for f in view.figures or []
        if not any(f.start < d.end and d.start < f.end for d in view.dates or [])
    ]
    owned: dict[int, int] = {}
    for index, (_, target, _) in enumerate(built):
        for number, figure in enumerate(figures):
            if target is not None and _overlaps(figure.start, figure.end, [target], base):
                owned.setdefault(number, index)
    for index, (claim, target, detection) in enumerate(built):
        counts: list[Figure] = []
        for number, figure in enumerate(figures):
            owner = owned.get(number)
            if detection.kind == "statement":
                if owner == index:
                    counts.append(figure.figure)
                continue
            if owner is not None and owner != index:
                if not (
                    target is not None
                    and built[owner][1] is not None
                    and built[owner][1].start == target.start
                ):
                    continue
            if _figure_in_actor(figure, claim, view):
                continue
            counts.append(figure.figure)
        claim.counts = counts


def _figure_in_actor(figure: FigureMention, claim: Claim, view: SentenceView) -> bool:
    """A number in the speaker's or agent's phrase ("two witnesses said") is not a count."""
    text = view.sentence.text
    for phrase in (claim.attributed_to, claim.agent):
        if not phrase:
            continue
        position = text.find(phrase)
        if position >= 0 and position <= figure.start and figure.end <= position + len(phrase):
            return True
    return False

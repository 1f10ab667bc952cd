"""The claim extractor: text in, sourced claims out (events, statements, figures, who said so)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Literal

from spacy.tokens import Span, Token

from factfinder.extract.actors import (
    PERSON_PRONOUNS,
    PRONOUNS,
    Phrase,
    child_with,
    is_named,
    object_of_preposition,
    phrase_of,
    subject_of,
)
from factfinder.extract.attribution import (
    BODY_WORDS,
    MASTHEAD_PARAGRAPHS,
    REPORTING_VERBS,
    according_to,
    in_ranges,
    is_hedged,
    publishing_body,
    quoted_ranges,
    report_frames,
    sentence_speaker,
    speaker_of,
)
from factfinder.extract.claims import Claim, Figure, Place, When
from factfinder.extract.dates import DateMention, resolve_dates
from factfinder.extract.events import (
    CURRENCIES,
    GROUP_WORDS,
    PERSON_NOUNS,
    VERB_EVENTS,
    Detection,
    find_events,
    person_noun,
)
from factfinder.extract.language import is_english
from factfinder.extract.learned import (
    Proposal,
    Supplement,
    default_supplement,
    shipped_supplement,
)
from factfinder.extract.places import resolve_place
from factfinder.extract.quantities import (
    FigureMention,
    another_group,
    as_counted_people,
    figures_named_in,
    find_figures,
)
from factfinder.extract.sentences import (
    Sentence,
    headline_case,
    parse_paragraphs,
    sentences_of,
    split_paragraphs,
)
from factfinder.extract.statements import find_statements

# Page furniture: navigation, sharing, copyright and comment prompts are never claims.
_FURNITURE = re.compile(
    r"^\W*(share (this|on)|tweet|e-?mail this|print|subscribe|follow us|sign (in|up)|log ?in|"
    r"read more|click|watch|listen|related|advertisement|comments?\b|\d+ comments?|please sign|"
    r"all rights reserved|copyright|photo:|image:|credit:)(?![a-z])|\u00a9|all rights reserved",
    re.I,
)
_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "from", "to", "across", "inside", "throughout", "outside"}
)
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# A phrase that points back at an organisation named earlier: "the group", "our organisations".
_ANAPHOR = re.compile(
    r"^(we|our (organi[sz]ations?|group|network|coalition)|the (group|organi[sz]ation|outlet|"
    r"newspaper|paper|agency|broadcaster|network|charity|coalition|ngo|monitor))$",
    re.I,
)
# Sources described by their role, one person each: "a commander of the militia said".
_SPEAKER_NOUNS = frozenset({"commander", "spokesman", "spokeswoman", "spokesperson", "minister"})
# Pronouns of the one who speaks a text or a turn of it, and of the group they speak for.
_FIRST_PERSON = frozenset({"i", "me", "my", "myself", "we", "us", "our", "ourselves"})
_FIRST_SINGULAR = frozenset({"i", "me", "my", "myself"})
# Words that say whether a described person is a man or a woman, for "he" and "she".
_MALE_WORDS = frozenset(
    {"brother", "father", "son", "husband", "man", "boy", "uncle", "nephew", "mr", "spokesman"}
)
_FEMALE_WORDS = frozenset(
    {"sister", "mother", "daughter", "wife", "woman", "girl", "aunt", "niece", "ms", "mrs"}
)
# Targets that are the speakers themselves ("said they were beaten").
SELF_PRONOUNS = frozenset({"they", "them", "we", "us", "i", "me", "who", "their", "our", "my"})
# Speakers that are institutions: a "he" or "her" in their words is someone else.
_BODIES = frozenset(
    {
        "ministry",
        "service",
        "government",
        "office",
        "police",
        "army",
        "group",
        "committee",
        "commission",
        "court",
        "council",
        "organisation",
        "organization",
        "agency",
        "department",
        "authority",
        "administration",
        "embassy",
        "union",
        "party",
        "parliament",
        "network",
        "centre",
        "center",
        "watch",
        "monitor",
        "collective",
        "coalition",
        "foundation",
        "institute",
        "association",
        "federation",
        "society",
        "league",
        "alliance",
        "outlet",
        "newspaper",
        "paper",
        "broadcaster",
        "channel",
        "station",
        "magazine",
        "website",
        "radio",
        "television",
        "it",
        "they",
        "we",
    }
)


@dataclass
class SpeakerMemory:
    """Who spoke last, so that "she said" and a following bare quotation get a named speaker."""

    last_person: str | None = None
    last_named: str | None = None
    last_quote_speaker: str | None = None
    last_body: str | None = None  # the last organisation named, for "the group"
    author: str | None = None  # the first organisation named, for "we" and "our"
    bodies: list[str] = field(default_factory=list)  # every organisation named, in order
    last_unit: str = ""  # the last figure's unit, for "Twenty-one of them" in the next sentence
    publisher: str | None = None  # the body a masthead or "We, the undersigned …" names
    persons: list[str] = field(default_factory=list)  # every person named, in order
    # people mentioned, named or described, in order: (words, plural), for a victim's pronoun
    people: list[tuple[str, bool]] = field(default_factory=list)
    victims: list[tuple[str, bool]] = field(default_factory=list)  # named targets of events
    narrator: str | None = None  # who a testimony's "I" is: "My name is Mirela."
    last_group: str | None = None  # the last people named in the plural, for "they"
    experts: list[tuple[str, bool]] = field(default_factory=list)  # (UN experts, plural)

    def _a_person_named(self, phrase: Phrase) -> bool:
        """A person, named or described: "Yara Belenko", then "Belenko" alone; "one mother
        from Ulmen"; "A commander of the militia" (one person, so a later "he")."""
        head = phrase.head
        if head.ent_type_ == "PERSON" or _a_person(head) or _titled(head):
            return True
        if head.pos_ == "PROPN" and any(p.split()[-1] == head.text for p in self.persons):
            return True  # a surname alone, after the full name
        one = head.tag_ == "NN" and head.ent_type_ not in ("ORG", "GPE")
        new = any(c.lower_ in ("a", "an", "one") for c in head.children)  # not "the lawyer"
        placed = any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in head.children)
        return one and new and placed and head.lemma_.lower() in PERSON_NOUNS | _SPEAKER_NOUNS

    def _last_person_agreeing(self, pronoun: str) -> str | None:
        """The last person a "she" or "he" can refer to: not "Her brother, Ivan" for "she"."""
        unlike = _MALE_WORDS if pronoun in ("she", "her") else _FEMALE_WORDS
        for person in reversed(self.persons):
            if not set(person.lower().replace(",", " ").split()) & unlike:
                return person
        return self.last_person

    def mention(self, span: Span) -> None:
        """Note the people a sentence mentions ("Tomas Verrin", "the four students"), so that
        a later "he was taken" or "they were beaten" has victims to refer to."""
        self.people.extend((words, plural) for _, words, plural in people_mentioned(span))

    def antecedent(self, pronoun: str, before: list[tuple[str, bool]]) -> str | None:
        """The nearest person or group mentioned before a victim's pronoun, in its own sentence
        (`before`, in order) or earlier: "he" a man or someone of unknown sex, "they" a group;
        None when there is none."""
        word = pronoun.lower()
        plural = word in ("they", "them")
        male = word in ("he", "him")
        # "her lawyer said she was held": a person of hers is not her
        unlike = (_FEMALE_WORDS | {"his"}) if male else (_MALE_WORDS | {"her"})
        if plural:
            unlike = frozenset()

        def agrees(words: str, many: bool) -> bool:
            return many == plural and not set(words.lower().replace(",", " ").split()) & unlike

        # a victim told of before is the likeliest one a pronoun names again
        for pool in (before, self.victims[-_ANTECEDENT_REACH:], self.people[-_ANTECEDENT_REACH:]):
            words = next((w for w, many in reversed(pool) if agrees(w, many)), None)
            if words is not None:
                return words
        return None

    def sign(self, span: Span) -> None:
        """Note the body a document's masthead or opening names: its own voice."""
        if self.publisher is None:
            self.publisher = publishing_body(span)

    def remember(self, phrase: Phrase | None) -> None:
        if phrase is None or not is_named(phrase) or _ANAPHOR.match(phrase.text):
            return
        if phrase.text.split()[0].lower() in _FIRST_PERSON:
            return  # "our Office" is the body that speaks, named elsewhere
        self.last_named = phrase.text
        titles = [phrase.head, *(c for c in phrase.head.children if c.dep_ == "appos")]
        named = any(t.pos_ == "PROPN" for t in phrase.head.subtree)  # not "the expert"
        if named and any(t.lemma_.lower() in ("expert", "rapporteur") for t in titles):
            # "UN experts", "Mirela Oduya, the Special Rapporteur on …"
            self.experts.append((phrase.text, phrase.head.tag_ in ("NNS", "NNPS")))
        if phrase.head.tag_ in ("NNS", "NNPS"):
            self.last_group = phrase.text  # "UN human rights experts", for a later "they"
        if self._a_person_named(phrase):
            self.last_person = phrase.text
            self.persons.append(phrase.text)
        elif (
            phrase.head.ent_type_ == "ORG"
            or phrase.head.lemma_.lower() in _BODIES
            or _institution_name(phrase.head)
        ):
            name = next(
                (c for c in phrase.head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None
            )
            named = phrase_of(name) if name is not None else None  # "the outlet Vosk Ledger"
            if named is not None:
                self.last_body = named.text
            elif any(t.pos_ == "PROPN" for t in phrase.head.subtree):
                self.last_body = phrase.text
            if self.last_body is not None:
                self.bodies.append(self.last_body)
                self.author = self.author or self.last_body  # the first body named signs "we"

    def campaigner(self) -> str | None:
        """The first rights group a text names ("Ember Rights Network welcomes …"): who
        asks for what an unsigned list of recommendations demands. Never a ministry or a
        prosecutor's office, named as the one asked."""
        return next((b for b in self.bodies if b.split()[-1].lower() in BODY_WORDS), None)

    def _expert(self, plural: bool) -> str | None:
        """Who "the expert(s)" of a UN release are: the rapporteur or the experts named
        before, not the last person named (often a victim the release speaks of)."""
        return next((name for name, many in reversed(self.experts) if many == plural), None)

    def resolve(self, phrase: Phrase) -> str:
        word = phrase.text.lower()
        if word in PERSON_PRONOUNS:
            return self._last_person_agreeing(word) or phrase.text
        if word == "we" or word.startswith("our "):
            return self.publisher or self.author or self.last_body or phrase.text
        if word in ("the expert", "the experts"):
            return self._expert(word == "the experts") or phrase.text
        if _ANAPHOR.match(phrase.text):
            noun = word.split()[-1]  # "the Monitor" is the "Citizens' Monitor" named before
            same = [b for b in reversed(self.bodies) if noun in b.lower().split()]
            return (same[0] if same else self.last_body) or phrase.text
        if word == "they":  # a group or a body, never one person named before
            single = self.last_named == self.last_person != self.last_group
            if self.last_named is not None and not single:
                return self.last_named
            return self.last_group or self.last_body or phrase.text
        if word == "it":
            return self.last_named or phrase.text
        return phrase.text


# How many people mentioned before a victim's pronoun may be its antecedent: further back,
# a "he" is more likely someone the text has moved away from.
_ANTECEDENT_REACH = 6
# Pronouns a victim is named by, resolved to the nearest earlier mention.
_VICTIM_PRONOUNS = frozenset({"he", "him", "she", "her", "they", "them"})


# Nouns for several people that a "he" or "she" never refers to, though singular in form.
_COLLECTIVES = frozenset(
    {"family", "group", "community", "crowd", "team", "couple", "household", "clan", "staff"}
)


def people_mentioned(span: Span) -> list[tuple[int, str, bool]]:
    """The people a sentence names or describes, in order: (head index, words, plural)."""
    found: list[tuple[int, str, bool]] = []
    for chunk in span.noun_chunks:
        mention = _person_mention(chunk.root)
        if mention is not None:
            found.append((chunk.root.i, *mention))
    return found


def _person_mention(root: Token, victim: bool = False) -> tuple[str, bool] | None:
    """The words and number of a phrase naming a person or people, or None for anything else;
    an event's victim (`victim`) is a person whatever the tagger made of the name."""
    lemma = root.lemma_.lower()
    counted = root.tag_ == "CD" and object_of_preposition(root, "of") is not None
    person = (
        (victim and root.pos_ == "PROPN")
        or counted
        or root.ent_type_ == "PERSON"
        or (lemma in PERSON_NOUNS and root.ent_type_ not in ("ORG", "GPE"))
        or person_noun(root)  # "the printer Oren Talvi"
    )
    if root.ent_type_ in ("DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "ORG", "GPE"):
        return None  # "for eleven days"
    if not person or root.lower_ in PRONOUNS or root.tag_ in ("PRP", "PRP$", "WP", "WP$"):
        return None
    if root.dep_ == "appos" or lemma in _COLLECTIVES:
        return None  # "Marta Kell, a journalist" is one person, named by the name before
    if any(c.lower_ in ("no", "any", "every", "each") for c in root.children):
        return None  # "no investigator" is nobody, "every family" no one family
    if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in root.children):
        return None  # "Ms Morvan's lawyer": a later "she" is more likely Ms Morvan
    phrase = phrase_of(root)
    if phrase is None or phrase.is_pronoun:
        return None
    plural = root.tag_ in ("NNS", "NNPS") or counted or any(c.dep_ == "conj" for c in root.children)
    return re.sub(r"[’']s$", "", phrase.text), plural


def _marked_as(person: Token, pronoun: str) -> bool:
    """Whether a person's words say they are who the pronoun is: "One woman … said an officer
    told her" (a woman, so "her" may be herself), unlike "the prosecutor suggested … she"."""
    words = {t.lower_ for t in person.subtree}
    if pronoun in ("she", "her"):
        return bool(words & _FEMALE_WORDS)
    if pronoun in ("he", "him"):
        return bool(words & _MALE_WORDS)
    return person.tag_ in ("NNS", "NNPS")


def _resolve_victim_pronouns(
    built: list[tuple[Claim, Phrase | None, Detection]],
    kept: list[Claim],
    span: Span,
    memory: SpeakerMemory,
) -> None:
    """ "He was taken to an unknown location": the victim is the person named before, in
    the sentence ("Men were hung … and told they would be killed") or earlier; never the
    claim's own perpetrator. Done after repeats are dropped, so that "Voss has been held
    since officers arrested him" stays one claim."""
    mentioned: list[tuple[int, str, bool]] | None = None
    # the perpetrators of the sentence's acts, and the subject of a pronoun's own verb, are
    # never the victim it names: "The people should hunt them down"
    actors = {d.agent.i for _, _, d in built if d.agent is not None}
    tellers = [  # nor is the one who tells of it: "the prosecutor suggested that … if she paid"
        t
        for t in span
        if t.dep_ == "nsubj" and t.head.lemma_.lower() in REPORTING_VERBS | {"suggest"}
    ]
    for claim, target, detection in built:
        if detection.kind != "event" or target is None or claim.target != target.text:
            continue
        if claim.target.lower() not in _VICTIM_PRONOUNS or not any(c is claim for c in kept):
            continue
        if mentioned is None:
            mentioned = people_mentioned(span)
        own = subject_of(target.head.head)
        excluded = actors | ({own.i} if own is not None else set())
        excluded |= {
            t.i
            for t in tellers
            if target.head in t.head.subtree and not _marked_as(t, claim.target.lower())
        }
        before = [(w, p) for i, w, p in mentioned if i < target.head.i and i not in excluded]
        antecedent = memory.antecedent(claim.target, before)
        if antecedent is not None:
            memory.victims.append((antecedent, claim.target.lower() in ("they", "them")))
            claim.target = antecedent
    for claim, target, detection in built:
        named = target is not None and not target.is_pronoun and claim.target == target.text
        if detection.kind == "event" and named and any(c is claim for c in kept):
            victim = _person_mention(target.head, victim=True)
            if victim is not None:
                memory.victims.append(victim)


@dataclass
class SentenceView:
    """One sentence under analysis, with what was found in it and its paragraph's quotations."""

    sentence: Sentence
    quotes: list[tuple[int, int]]
    quote_speaker: str | None
    lead_speaker: str | None = None  # "The ministry said:" above the list item it is in
    turn_speaker: str | None = None  # "THE MINISTER: …", the label of a transcript's turn
    narrating: str | None = None  # its paragraph speaks as "I" or "we", outside quotations
    item: bool = False  # a list item: a recommendation's imperative names no one who asks
    dates: list[DateMention] | None = None
    figures: list[FigureMention] | None = None
    claims: list[tuple[Claim, Phrase | None]] = field(default_factory=list)


def analyze(
    text: str,
    published: dt.date | None = None,
    supplement: Supplement | None | Literal["default", "shipped"] = "default",
) -> list[Claim]:
    """Every event and statement the text asserts, each anchored to its exact sentence.

    Pure: no database. Empty, furniture-only or non-English text gives [] (the CLI uses
    detect_language to say why). Relative dates resolve against `published`. `supplement`
    revises each sentence's rule detections (extract/learned/): "shipped" for the learned
    type model, None for the rules alone, "default" for what LEARNED_BY_DEFAULT says.
    """
    if supplement == "default":
        supplement = default_supplement()
    elif supplement == "shipped":
        supplement = shipped_supplement()
    if isinstance(published, dt.datetime):
        published = published.date()
    if not text or not text.strip() or not is_english(text):
        return []
    memory = SpeakerMemory()
    claims: list[Claim] = []
    paragraphs = split_paragraphs(text)
    lead_speaker: str | None = None
    turns = transcript_turns([p.text for p in paragraphs])
    told = bool(_TOLD_TEXT.search(" ".join(p.text for p in paragraphs[:_OPENING_PARAGRAPHS])))
    turn: str | None = None
    account_begun = False
    for index, (paragraph, doc) in enumerate(parse_paragraphs(paragraphs)):
        quotes = quoted_ranges(paragraph.text)
        sentences = sentences_of(index, paragraph, doc)
        quote_speaker = _paragraph_quote_speaker(sentences, quotes, paragraph.text, memory)
        lead = lead_speaker if paragraph.item else None
        label = _turn_label(paragraph.text)
        if label is not None or _ends_turn(paragraph.text):
            turn = turns.speaker(label, memory)  # a turn runs on to the next label
        narrating = _in_first_person(paragraph.text, quotes)
        for sentence in sentences:
            if _FURNITURE.search(sentence.text):
                continue
            view = SentenceView(
                sentence, quotes, quote_speaker, lead, turn, narrating, paragraph.item
            )
            account_begun = account_begun or bool(narrating)  # the intro comes first
            if index < MASTHEAD_PARAGRAPHS:
                memory.sign(sentence.span)
            if index < _OPENING_PARAGRAPHS and memory.narrator is None:
                memory.narrator = narrator_named(sentence.text) or (
                    _introduced_person(sentence.span) if told and not account_begun else None
                )
            claims.extend(_claims_of(view, published, memory, supplement))
            _remember_speakers(sentence.span, memory)
            memory.mention(sentence.span)
        if quote_speaker is not None and quotes:
            memory.last_quote_speaker = quote_speaker
        if not paragraph.item:
            lead_speaker = _lead_in_speaker(sentences, memory)
    return claims


# A transcript's turn label: "THE MINISTER OF SECURITY (Mateo Quiroga-Lenz): …", "Vera
# Istenko: …", "Q (Kelmarin Courier): …", "A: …": who speaks the rest of the paragraph.
_TURN_LABEL = re.compile(
    r"^\s*(?P<head>[A-Z][\w.'\u2019-]*(?:[ \u00a0][\w.'\u2019-]+){0,6})"
    r"(?:\s*\((?P<aside>[^()\n]{1,80})\))?\s*:[ \t]+(?:(?=\S)|$)"
)  # a label ends in spaces when its words were parsed apart from it (sentences.py)
# Labels of a questioner and an answerer, not names.
_QUESTION_LABELS = frozenset({"q", "question", "interviewer", "questioner"})
_ANSWER_LABELS = frozenset({"a", "answer"})
# Openings of a paragraph that look like a label but head a note or a field of a header.
_NOT_SPEAKERS = frozenset(
    {
        "note",
        "notes",
        "update",
        "correction",
        "background",
        "context",
        "location",
        "subject",
        "date",
        "source",
        "sources",
        "photo",
        "image",
        "credit",
        "warning",
        "summary",
        "recommendation",
        "recommendations",
        "read",
        "related",
        "editor's",
        "editor\u2019s",
        "urgent",
        "ends",
        "tags",
        "topics",
        "file",
        "ref",
        "reference",
        "to",
        "from",
        "cc",
        "re",
    }
)
# Fewest labelled paragraphs that make a text a transcript: one alone may be a field or a note.
_MIN_TURNS = 3
_NAME_FILLERS = frozenset({"of", "for", "the", "and", "on", "to", "at", "in"})


@dataclass
class Turns:
    """Who speaks each labelled paragraph of a transcript, interview or verbatim record."""

    enabled: bool = False
    speakers: list[str] = field(default_factory=list)  # every speaker's full label, in order
    answerer: str | None = None  # the last one to answer, for "A:"

    def speaker(self, label: tuple[str, str | None] | None, memory: SpeakerMemory) -> str | None:
        """The speaker a paragraph's label (`_turn_label`) names, or None when it has none."""
        if not self.enabled or label is None:
            return None
        head, aside = label
        word = head.lower()
        if word in _QUESTION_LABELS:
            return aside  # "Q (Vedra):" asks for Vedra; a bare "Q:" for the interviewer
        if word in _ANSWER_LABELS:
            return self.answerer or memory.narrator or memory.last_person
        name = _display(head)
        if aside is not None and word.startswith("the "):
            name = f"{name} ({aside})"  # "THE MINISTER OF SECURITY (Mateo Quiroga-Lenz)"
        name = self._earlier(name) or _fuller(name, memory.persons) or name
        if name not in self.speakers:
            self.speakers.append(name)
        self.answerer = name
        return name

    def _earlier(self, name: str) -> str | None:
        """An earlier, fuller label for the same speaker: "THE MINISTER" for "THE MINISTER
        OF SECURITY (Mateo Quiroga-Lenz)", "Mr Abara" for "… (Mr Colm Abara)"."""
        short = name.lower()
        last = short.split()[-1]
        for earlier in reversed(self.speakers):
            full = earlier.lower()
            if full.startswith(short) or (
                last not in _NAME_FILLERS and len(last) > 2 and last in re.split(r"[\s()]+", full)
            ):
                return earlier
        return None


def _ends_turn(text: str) -> bool:
    """A heading, a lead-in or a bracketed note ("[Interruption]", "Recommendations:",
    "ENDS") closes a speaker's turn: what follows is no longer in the speaker's words."""
    stripped = text.strip()
    return not stripped or stripped[0] == "[" or stripped[-1] not in ".?!\"\u201d'\u2019"


def _turn_label(text: str) -> tuple[str, str | None] | None:
    """(label, aside in brackets) when a paragraph opens with a speaker's label."""
    match = _TURN_LABEL.match(text)
    if match is None:
        return None
    head, aside = match.group("head").strip(), match.group("aside")
    words = head.split()
    if words[0].lower() in _NOT_SPEAKERS or any(w[:1].isdigit() for w in words):
        return None
    if head.lower() in _QUESTION_LABELS | _ANSWER_LABELS:
        return head, aside
    named = all(w[:1].isupper() or w.lower() in _NAME_FILLERS for w in words)
    return (head, aside) if named else None


def _display(label: str) -> str:
    """A label in capitals as a name is written: "DEPUTY KAREL FENNIK" as "Deputy Karel Fennik"."""
    if not label.isupper():
        return label
    return " ".join(w.lower() if w.lower() in _NAME_FILLERS else w.title() for w in label.split())


def _fuller(name: str, persons: list[str]) -> str | None:
    """The full name a label shortens, named before it: "BARRANTES-MOOR" for "Attorney General
    Lucía Barrantes-Moor" of the title."""
    last = name.split()[-1].lower()
    if len(last) < 3:
        return None
    return next((p for p in reversed(persons) if p.lower().split()[-1] == last), None)


def transcript_turns(paragraphs: list[str]) -> Turns:
    """Whether a text is a transcript: several paragraphs open with a speaker's label."""
    labelled = sum(1 for text in paragraphs if _turn_label(text) is not None)
    return Turns(enabled=labelled >= _MIN_TURNS)


# A testimony introduces its witness within its first paragraphs: title, note, first words.
_OPENING_PARAGRAPHS = 5
# How a testimony names its witness, whose "I" it is: "My name is Mirela.", "Testimony of
# "A.K.", former detainee …".
_NARRATOR = re.compile(
    r"\b(?:[Mm]y name is|[Tt]estimony of)\s+[\"\u201c\u2018']?"
    r"(?P<name>[A-Z][\w.'\u2019-]*(?:\s[A-Z][\w.'\u2019-]*){0,3})"
)


# What says a text is one person's own account: an interview or a testimony.
_TOLD_TEXT = re.compile(
    r"\b(interview|Q ?& ?A|as told to|testimony|account was given|gave this account)\b",
    re.I,
)
_FIRST_PERSON_WORD = re.compile(r"\b(I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur)\b")


def _in_first_person(text: str, quotes: list[tuple[int, int]]) -> str | None:
    """How a paragraph speaks outside quotation marks: "I" (in the singular, even with a
    "we" beside it), "we", or None when in the third person."""
    words = {
        m.group().lower()
        for m in _FIRST_PERSON_WORD.finditer(text)
        if not in_ranges(m.start(), quotes)
    }
    if words & _FIRST_SINGULAR:
        return "I"
    return "we" if words else None


def _introduced_person(span: Span) -> str | None:
    """The person an interview or testimony opens by introducing, as the subject of its
    sentence ("Beno Halt, 27, a Tevari mechanic, was detained …", "Odile Brennhaug is the UN
    Special Rapporteur …") or as "The witness, a 52-year-old widow from Tesk, asked …";
    never the interviewer of a byline ("Interview by Mira Vantosh")."""
    for token in span:
        if token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if token.lemma_.lower() == "witness":
            described = child_with(token, "appos")
            phrase = phrase_of(described) if described is not None else None
        elif token.ent_type_ == "PERSON" and token.pos_ == "PROPN":
            phrase = phrase_of(token)
        else:
            continue
        if phrase is not None and not phrase.is_pronoun:
            return phrase.text
    return None


def narrator_named(text: str) -> str | None:
    """The witness a testimony names as its first-person narrator, or None."""
    match = _NARRATOR.search(text)
    if match is None:
        return None
    name = match.group("name")
    return name if name.count(".") > 1 else name.rstrip(".")  # "A.K." but "Mirela"


# Verbs of a lead-in whose subject speaks the list below it: "The ministry said:",
# "Witnesses told us that:", "The expert urged the authorities to:".
_LEAD_IN_VERBS = REPORTING_VERBS | frozenset(
    {"call", "urge", "demand", "ask", "request", "appeal", "recommend", "insist", "stress"}
)


def _lead_in_speaker(sentences: list[Sentence], memory: SpeakerMemory) -> str | None:
    """Who speaks the list items that follow a paragraph ending in a colon, or None.

    A list under "The ministry said:" or "According to the families:" is that source's
    words item by item, though no item names it: each item is parsed as a sentence alone.
    """
    if not sentences or not sentences[-1].text.endswith(":"):
        return None
    span = sentences[-1].span
    source = according_to(span)
    if source is None:
        verbs = [t for t in span if t.pos_ in ("VERB", "AUX") and t.lemma_ in _LEAD_IN_VERBS]
        source = next((s for s in map(speaker_of, verbs) if s is not None), None)
    phrase = phrase_of(source) if source is not None else None
    if phrase is None:
        return None
    return memory.resolve(phrase)


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


def _institution_name(head: Token) -> bool:
    """A capitalised name of several words that is no person: "Citizens' Monitor of Marovia"."""
    if head.pos_ != "PROPN" or head.ent_type_ in ("PERSON", "GPE", "DATE"):
        return False
    return sum(1 for t in head.subtree if t.pos_ == "PROPN" and t.text[:1].isupper()) >= 2


def _a_person(head: Token) -> bool:
    """A named person the tagger did not label: "Witness A", "the lawyer, Dalia Serin"."""
    around = [head, *(c for c in head.children if c.dep_ in ("compound", "appos"))]
    return any(t.lemma_.lower() in PERSON_NOUNS for t in around) and any(
        t.pos_ == "PROPN" and t.ent_type_ not in ("ORG", "GPE") for t in head.subtree
    )


def _titled(head: Token) -> bool:
    """An office named with its holder: "the UN Special Rapporteur on torture, Kei Vonn"."""
    if head.ent_type_ == "ORG" or head.lemma_.lower() in _BODIES:
        return False  # "the independent outlet Vosk Ledger" names a body
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children)


def _remember_speakers(span: Span, memory: SpeakerMemory) -> None:
    """Speakers, and any person or organisation named as a subject, for later pronouns."""
    for ent in span.ents:
        if ent.label_ == "ORG" and ent.root.dep_ in ("appos", "nsubj"):
            memory.remember(phrase_of(ent.root))  # "the independent outlet Dravin Ledger"
    for token in span:
        if token.dep_ in ("nsubj", "nsubjpass") and (
            token.ent_type_ in ("PERSON", "ORG") or _a_person(token)
        ):
            memory.remember(phrase_of(token))
        if token.lemma_.lower() in REPORTING_VERBS and token.pos_ == "VERB":
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                memory.remember(phrase_of(subject))


def _claims_of(
    view: SentenceView,
    published: dt.date | None,
    memory: SpeakerMemory,
    supplement: Supplement | None = None,
) -> list[Claim]:
    span = view.sentence.span
    detections = find_events(span) + find_statements(span)
    if detections and view.lead_speaker is not None:
        detections += _denials_in_item(detections)
    if supplement is not None:
        detections = supplement.revise(span, detections)
    sentence = view.sentence
    if not detections:
        figures = find_figures(headline_case(sentence.text), memory.last_unit)
        memory.last_unit = _unit_for_next_sentence(span, figures, memory.last_unit)
        return []
    base = sentence.start - sentence.offset  # doc index of the sentence's first character
    view.dates = resolve_dates(sentence.text, published)
    if _history(view.dates, published):
        detections = [d for d in detections if d.kind != "event"]
    view.figures = find_figures(headline_case(sentence.text), memory.last_unit)
    figures = view.figures
    memory.last_unit = _unit_for_next_sentence(span, figures, memory.last_unit)
    built: list[tuple[Claim, Phrase | None, Detection]] = []
    for detection in detections:
        claim, target = _claim_of(detection, view, base, memory)
        built.append((claim, target, detection))
    _assign_counts(built, view, base)
    for claim, _, detection in built:
        if isinstance(detection, Proposal):
            claim.counts = _proposal_counts(claim, detection, view)
    _attribute_nominal_events(built)
    kept = _without_repeats([claim for claim, _, _ in built])
    _resolve_victim_pronouns(built, kept, span, memory)
    for claim, target, detection in built:
        if claim.counts or detection.kind != "event":
            continue
        if target is not None and target.is_pronoun:  # "pay them a visit", them = "17 leaders"
            claim.counts = figures_named_in(claim.target, view.figures)
        elif target is None:
            claim.counts = _counts_of_governing_event(detection, built)
    return kept


# How long ago an act must be to be history rather than a report: a generation.
HISTORY_YEARS = 20


def _history(dates: list[DateMention], published: dt.date | None) -> bool:
    """ "In 1921, … the leaders of the uprising were executed", "In the 1970s, under the old
    regime, thousands were deported": a sentence set wholly a generation before publication,
    by a date that opens it, tells background history, not acts a report documents."""
    if published is None or not dates or dates[0].start > 8:
        return False
    return all(d.when.end.year <= published.year - HISTORY_YEARS for d in dates)


def _proposal_counts(claim: Claim, detection: Detection, view: SentenceView) -> list[Figure]:
    """The counts of an act the learned model proposed. Its victims phrase is a guess, so the
    figures written inside it win; when it holds none ("At least three of them have received
    messages …", "We left, fourteen families together"), the figures the sentence's grammar
    gave the act stand, as they would for an act the rules found. A proposed statement
    carries no counts."""
    if detection.kind != "event":
        return []
    return figures_named_in(claim.target, view.figures) or claim.counts


def _unit_for_next_sentence(span: Span, figures: list[FigureMention], earlier: str) -> str:
    """The group a "three of them" in the next sentence counts: the sentence's last figure's
    unit, else "another colleague"'s group, else the people the sentence is about ("Lawyers
    are being followed …" before "At least three of them have received messages"). A
    sentence that names no group of people keeps telling of the one before: "The lawyers
    were detained. Their whereabouts were unknown until one of them was brought to court.
    The other two were released" counts two lawyers."""
    if figures:
        return figures[-1].figure.unit
    group = another_group(span.text)
    if group:
        return group
    people = [t for t in span if t.tag_ == "NNS" and person_noun(t)]
    for token in people:
        if token.dep_ in ("nsubj", "nsubjpass"):
            return token.lower_
    return "" if people else earlier


def _counts_of_governing_event(
    detection: Detection, built: list[tuple[Claim, Phrase | None, Detection]]
) -> list[Figure]:
    """ "kidnapped at least 38 people for ransom": an act with no victims of its own, hung on
    another act or on its victims by a preposition, befell those victims, so it takes their
    counts."""
    preposition = detection.trigger.head
    if detection.trigger.dep_ != "pobj" or preposition.dep_ != "prep":
        return []
    governor = preposition.head
    for claim, _, other in built:
        if other.kind == "event" and governor in (other.trigger, other.target):
            return list(claim.counts)
    return []


def _denials_in_item(detections: list[Detection]) -> list[Detection]:
    """ "The ministry said: • no detainee had been beaten": an item that says an act did not
    happen is its lead-in speaker's denial, as "said that no detainee had been beaten" is."""
    if any(d.type == "deny" for d in detections):
        return []
    denied = next((d for d in detections if d.kind == "event" and d.negated), None)
    if denied is None:
        return []
    return [
        Detection(
            "statement",
            "deny",
            denied.trigger,
            target=denied.trigger,
            speaker_is_agent=True,
            confidence=0.65,
        )
    ]


def _without_repeats(claims: list[Claim]) -> list[Claim]:
    """One claim per type and target in a sentence: "kicked and punched them" is one beating.

    A claim of the same type without a named target adds nothing to one that has it.
    """
    kept: list[Claim] = []

    def unnamed(claim: Claim) -> bool:
        # "many of them" are some of the victims the sentence already names
        words = (claim.target or "").lower().split()
        return (
            not words
            or claim.target.lower() in PRONOUNS
            or words[-2:]
            in (
                ["of", "them"],
                ["of", "us"],
            )
        )

    def key(claim: Claim) -> tuple[str, str, str | None]:
        # two actors' silences or denials in one sentence are two stances, not one
        speaker = claim.agent.lower() if claim.kind == "statement" and claim.agent else None
        return (claim.kind, claim.type, speaker)

    for claim in sorted(claims, key=lambda c: (unnamed(c), -c.confidence)):
        same = [k for k in kept if key(k) == key(claim)]
        if any(_same_people(k.target, claim.target) or unnamed(claim) for k in same):
            continue
        kept.append(claim)
    return sorted(kept, key=lambda c: claims.index(c))


def _same_people(kept: str | None, other: str | None) -> bool:
    """ "six members of the Collective" and "six members of the Collective, who were seized"."""
    if kept is None or other is None:
        return kept == other
    return other in kept or kept in other


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
    elif view.lead_speaker is not None:
        speaker_text = view.lead_speaker  # an item of a list its lead-in attributes
    elif not in_quote:
        speaker_text = _voice(view, memory)  # a transcript's turn, a witness's own account
    speaker_text = _first_person(speaker_text, view, memory, in_quote)
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
    inner_verb = next((f.verb for f in frames if f.speaker is not None), None)
    told = inner_verb is not None and any(
        c.dep_ in ("dobj", "dative") and c.lower_ in PERSON_PRONOUNS for c in inner_verb.children
    )
    if told and speaker_phrase is not None and speaker_phrase.head != inner_speaker:
        # "She said a caller told her that she would be killed": she is the one told
        target_text = _resolve(target_phrase, speaker_text, speaker_phrase.head, quoted_speaker)
    else:
        target_text = _resolve(target_phrase, inner_text, inner_speaker, quoted_speaker)
    if detection.kind == "statement" and target_phrase is not None and target_text == "him":
        target_text = memory.last_person or target_text  # "urge them to release him"

    agent_text = _first_person(agent_text, view, memory, in_quote)
    target_text = _first_person(target_text, view, memory, in_quote)
    inner_text = _first_person(inner_text, view, memory, in_quote)
    if detection.speaker_is_agent and (inner_text or agent_text is None):
        agent_text = inner_text or (view.quote_speaker if in_quote else None)
    if detection.kind == "statement" and agent_text is None and in_quote:
        agent_text = view.quote_speaker
    in_words = quoted_speaker is not None and agent_phrase is not None
    if in_words and agent_phrase.text.lower().split()[0] in ("we", "our"):
        agent_text = quoted_speaker  # "We call on …," the spokesperson said
    elif (
        detection.kind == "statement"
        and agent_phrase is not None
        and agent_text == agent_phrase.text
    ):
        agent_text = memory.resolve(agent_phrase)  # "We call on …" is the organisation's
    if agent_phrase is not None and is_named(agent_phrase):
        memory.remember(agent_phrase)
    own_voice = speaker_text is None and not in_quote and detection.type != "no_public_statement"
    if detection.kind == "statement" and agent_text is None and own_voice:
        agent_text = memory.publisher  # "The authorities should …" in an NGO's own report
        if agent_text is None and view.item:
            agent_text = memory.campaigner()  # "TAKE ACTION / - Release him": who asks

    attributed = speaker_text
    if (
        detection.kind == "statement"
        and attributed is None
        and detection.type != "no_public_statement"
    ):
        attributed = agent_text
    if detection.kind == "event" and attributed is None and in_quote:
        attributed = view.quote_speaker
    if detection.kind == "event" and attributed is None and detection.denier is not None:
        denier = subject_of(detection.denier)  # "the ministry denied holding him"
        denier_phrase = phrase_of(denier) if denier is not None else None
        if denier_phrase is not None:
            attributed = memory.resolve(denier_phrase)

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


def _first_person(
    text: str | None, view: SentenceView, memory: SpeakerMemory, in_quote: bool
) -> str | None:
    """An "I" or "we" outside quotation marks is whoever speaks the text: a transcript's
    turn its labelled speaker ("THE MINISTER: I will not comment"), a testimony's "I" and
    "me" its named witness ("My name is Mirela."). Other words, and an "I" with no such
    speaker, stay as written; a quotation's own "I" is its speaker's (`_resolve`)."""
    if text is None or in_quote or text.lower() not in _FIRST_PERSON:
        return text
    if view.turn_speaker is not None:
        return view.turn_speaker
    if text.lower() in _FIRST_SINGULAR or memory.publisher is None:
        return memory.narrator or text  # a publisher's own "we" is the publisher's
    return text


def _voice(view: SentenceView, memory: SpeakerMemory) -> str | None:
    """Who speaks a sentence no verb attributes: a transcript turn's labelled speaker, or the
    witness of an interview or testimony in a paragraph told as "I"."""
    if view.turn_speaker is not None:
        return view.turn_speaker
    if view.narrating == "I" or (view.narrating and memory.publisher is None):
        return memory.narrator  # a publisher's own "we" is the publisher's
    return None


def _attribute_nominal_events(built: list[tuple[Claim, Phrase | None, Detection]]) -> None:
    """An act named inside a statement ("condemned the torture of …") is asserted by its speaker."""
    statements = {
        d.trigger.i: c
        for c, _, d in built
        if d.kind == "statement" and d.type != "no_public_statement"
    }
    for claim, _, detection in built:
        if detection.kind != "event" or claim.attributed_to:
            continue
        head = detection.trigger.head
        # a verb act inside a statement ("concerned about reports that detainees are beaten")
        for _ in range(4 if detection.nominal else 8):
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
        personal = speaker_token.ent_type_ not in ("ORG", "GPE", "NORP", "FAC") and (
            speaker_token.lemma_.lower() not in _BODIES
        )
        owned = {t.lower_ for t in speaker_token.subtree} & {"his", "her"}
        if word in ("he", "him") and speaker_token.lower_ in ("she", "her"):
            owned = {"her"}  # "she said … since he was taken": he is someone else
        if (
            word in PERSON_PRONOUNS | {"i", "me"}
            and personal
            and not (owned and word not in ("i", "me"))
        ):
            # "he told investigators they electrocuted me": me is the speaker; but "him" in
            # "… no news of him, his lawyer said" is the lawyer's client, not the lawyer
            return speaker
        if agent and word in ("it", "we") and not personal:
            return speaker
        if word in ("they", "them") and (
            speaker_token.tag_ in ("NNS", "NNPS", "CD") or speaker_token.lower_ in GROUP_WORDS
        ):
            return speaker  # "several men reported that they had been forced to pay"
    return phrase.text


def _overlaps(start: int, end: int, phrases: list[Phrase], base: int) -> bool:
    return any(start < p.reach - base and p.start - base < end for p in phrases)


def _when_of(view: SentenceView, position: int, excluded: list[Phrase], base: int) -> When | None:
    """The date nearest the trigger, unless it dates the speaker ("interviewed last week")."""
    # a trigger inside the agent's own aside ("X, who said they must leave by May") is dated there
    outside = [p for p in excluded if not p.end - base <= position < p.reach - base]
    candidates = [d for d in view.dates or [] if not _overlaps(d.start, d.end, outside, base)]
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

    Figures inside a date, a speaker or an agent are not counts, unless the victims are the
    speakers themselves ("Two of the students said they were beaten"); statements only
    count what their own target says. A figure no target holds goes to the event nearest
    to it, not to every event: "28 remain in custody; 12 were released" are two counts.
    """
    figures = [
        f
        for f in view.figures or []
        if not any(f.start < d.end and d.start < f.end for d in view.dates or [])
    ]
    owned: dict[int, int] = {}
    for number, figure in enumerate(figures):
        # "the homes of activists, of whom 12 were detained" and "12": the tightest target
        # that holds the whole figure, else one that holds part of it
        holders = [
            (not _holds(target, figure, base), target.reach - target.start, index)
            for index, (_, target, _) in enumerate(built)
            if target is not None and _overlaps(figure.start, figure.end, [target], base)
        ]
        if holders:
            owned[number] = min(holders)[2]
    events = [i for i, (_, _, d) in enumerate(built) if d.kind == "event"]
    for index, (claim, target, detection) in enumerate(built):
        chosen: list[FigureMention] = []
        tied: list[FigureMention] = []  # figures of the group the act is told of
        for number, figure in enumerate(figures):
            owner = owned.get(number)
            if detection.kind == "statement":
                if owner == index:
                    chosen.append(figure)
                continue
            if _tied_to_act(figure, detection, view, base):
                chosen.append(figure)  # the act is told of the counted group
                tied.append(figure)
                continue
            if owner is not None and owner != index:
                if not (
                    target is not None
                    and built[owner][1] is not None
                    and built[owner][1].start == target.start
                ) and not (
                    (target is None or _holds(target, figure, base))
                    and _describes_group(built[owner][2], figure, base)
                ):
                    continue
            if owner is None and not _act_of(index, figure, events, built, view, base):
                continue
            if owner is None and _subject_of_other_verb(figure, detection, view, base):
                continue
            if owner is None or not _holds(target, figure, base, words_only=True):
                if _in_relative_clause_without(figure, detection, view, base):
                    continue  # "the two lawyers, who represent 19 of the defendants, were held"
            if _money(figure) and detection.type != "extortion":
                continue  # a sum is the size of a bribe or ransom, never a count of victims
            if owner is None and _figure_in_actor(figure, claim, view, target):
                continue
            if owner is None and _modifies_another_noun(figure, detection, target, view, base):
                continue
            chosen.append(figure)
        if tied:
            chosen = _within_told_group(chosen, tied, view, base)
        chosen = _without_parts_of_counted_group(chosen)
        claim.counts = _without_sums_beside_victims(
            [as_counted_people(m) for m in chosen if not _single_individual(m.figure)]
        )


def _within_told_group(
    chosen: list[FigureMention], tied: list[FigureMention], view: SentenceView, base: int
) -> list[FigureMention]:
    """An act told in a relative clause on one counted group counts that group and the figures
    inside it, not the groups coordinated with it: "146 people who had been detained, including
    31 children" counts both, "146 people who had been detained, as well as 31 relatives" 146."""
    groups = {head for figure in tied if (head := _figure_head(figure, view, base)) is not None}
    return [f for f in chosen if f in tied or _hangs_under(_figure_head(f, view, base), groups)]


# "three of them", "six of whom": a part of a group, told by a pronoun after "of".
_PART_OF_PRONOUN = re.compile(r"\bof\s+(?:them|those|these|whom)$", re.IGNORECASE)


def _without_parts_of_counted_group(chosen: list[FigureMention]) -> list[FigureMention]:
    """ "Fourteen men have died in custody, three of them since June": a part of a group the
    same act already counts, told after it by "of them", is not a second count of the act."""
    return [
        figure
        for figure in chosen
        if not (
            _PART_OF_PRONOUN.search(figure.text)
            and any(
                whole.end <= figure.start
                and whole.figure.unit == figure.figure.unit
                and not _PART_OF_PRONOUN.search(whole.text)
                for whole in chosen
            )
        )
    ]


def _hangs_under(token: Token | None, nouns: set[Token]) -> bool:
    """Whether `token` is one of `nouns` or below one by anything but coordination."""
    while token is not None:
        if token in nouns:
            return True
        if token.dep_ == "conj" or token.head.i == token.i:
            return False
        token = token.head
    return False


def _single_individual(figure: Figure) -> bool:
    """ "One man was detained and two women were beaten": one person is the victim named, not a
    count (an estimate, "at least one", or a revised figure still counts)."""
    return (
        figure.low == 1
        and figure.high is None
        and figure.qualifier == "exact"
        and figure.supersedes is None
    )


def _without_sums_beside_victims(counts: list[Figure]) -> list[Figure]:
    """ "Gunmen kidnapped 14 travellers and demanded 2,000 dollars for each": the figure of an
    extortion is its victims; its sum stays only where no victims are counted."""
    people = [figure for figure in counts if not _money_unit(figure.unit)]
    return people or counts


# Sums of money count no victims; only a bribe or ransom keeps its amount as a figure.
_CURRENCIES = CURRENCIES


def _money(figure: FigureMention) -> bool:
    return _money_unit(figure.figure.unit)


def _money_unit(unit: str | None) -> bool:
    words = (unit or "").lower().split()
    return bool(words) and words[-1].removesuffix("s") in _CURRENCIES


def _subject_of_other_verb(
    figure: FigureMention, detection: Detection, view: SentenceView, base: int
) -> bool:
    """ "More than 200 people were injured and at least 85 were arrested": the 200 counts the
    subjects of another verb, one that names no act, so it is no count of the arrests."""
    span = view.sentence.span
    position = base + figure.start
    token = next((t for t in span if t.idx <= position < t.idx + len(t)), None)
    below = None
    while token is not None and token.pos_ not in ("VERB", "AUX") and token.head != token:
        if token == detection.trigger:
            return False
        below, token = token, token.head
    if token is None or below is None or token == detection.trigger:
        return False
    if below.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False  # "shot dead 14 and wounded 60 others": 60 is what the other verb did
    trigger = detection.trigger
    coordinated = (trigger.dep_ == "conj" and trigger.head == token) or (
        token.dep_ == "conj" and token.head == trigger
    )
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)
    lemma = token.lemma_.lower()
    if lemma in VERB_EVENTS:
        return False
    # "7 officers were suspended over the deaths of two detainees", "police said 9 officers
    # were injured, while activists said 27 were beaten": when the act names its own victims,
    # the subject of another verb is someone else (unless it speaks: "Three men said …")
    victims = detection.target
    named_victims = (
        victims is not None and victims.pos_ != "PRON" and victims.lower_ not in PRONOUNS
    )
    if named_victims and below.dep_ != "dobj":
        return lemma not in REPORTING_VERBS
    return coordinated and own_subject


def _tied_to_act(
    figure: FigureMention, detection: Detection, view: SentenceView, base: int
) -> bool:
    """The act is told in a relative clause on the counted group ("dozens of other people who
    remain imprisoned") or on a part of it ("at least 230 nationals, including activists who
    had fled, have been deported": the sentence's one displacement claim counts the 230); an
    act coordinated inside that clause is told of the same group ("two organisers, who were
    seized on Monday and whose whereabouts remain unknown")."""
    trigger = detection.trigger
    first, last = base + figure.start, base + figure.end
    for clause in (trigger, *trigger.ancestors):
        if clause.dep_ in ("relcl", "acl"):
            noun = clause.head
            if noun.dep_ == "pobj" and noun.head.lower_ in ("including", "among"):
                noun = noun.head.head  # the group "including" names a part of
            return (
                first <= noun.idx < last
                and noun.pos_ in ("NOUN", "PROPN")
                and not _of_a_part(clause)
            )
        if clause.dep_ in ("ccomp", "xcomp", "advcl"):
            return False
    return False


def _of_a_part(clause: Token) -> bool:
    """ "14 people, 9 of whom were released": the relative clause tells of a part of the group."""
    return any(t.lower_ in ("whom", "which") and t.head.lower_ == "of" for t in clause.subtree)


def _describes_group(owner: Detection, figure: FigureMention, base: int) -> bool:
    """ "The whereabouts of at least 40 people detained in the sweep remain unknown": the act of
    a participle or relative clause on the counted noun only says who the group is, so an act
    with no victims of its own befell the same group and shares its count."""
    clause = owner.trigger
    first, last = base + figure.start, base + figure.end
    for token in (clause, *clause.ancestors):
        if token.dep_ in ("acl", "relcl"):
            return first <= token.head.idx < last and not _of_a_part(token)
        if token.pos_ in ("NOUN", "PROPN") or token.dep_ in ("ccomp", "conj", "advcl"):
            return False
    return False


def _modifies_another_noun(
    figure: FigureMention,
    detection: Detection,
    target: Phrase | None,
    view: SentenceView,
    base: int,
) -> bool:
    """ "detained nine people in a raid on four homes", "beaten in cells built for 10 people":
    a figure that hangs, by a preposition or a participle, on some other noun than the act or
    its victims describes that noun, and one that hangs on a verb of no act in a clause of its
    own ("killed when police fired on 2,000 protesters") is what that verb did;
    "27 villagers, including nine children" and "the bodies of four men" count."""
    token = _figure_head(figure, view, base)
    trigger = detection.trigger
    own = {trigger, detection.target, target.head if target is not None else None}
    own |= set(trigger.ancestors)  # only the figure's own branch, below where it meets the act
    while token is not None and token.head != token and token not in own:
        parent = token.head
        if token.dep_ in ("acl", "relcl") and parent not in own:
            return True
        if token.dep_ == "pobj" and parent.dep_ == "prep" and parent.lower_ not in _PART_OF:
            described = parent.head
            if described.pos_ in ("NOUN", "PROPN") and described not in own:
                return described.lemma_.lower() not in _ACCOUNTS_OF_PEOPLE
            if described.pos_ == "VERB" and described not in own:
                # "eight people were killed when police fired on 2,000 protesters"
                return described.lemma_.lower() not in VERB_EVENTS
        token = parent
    return False


# Prepositions that name a part of the victims or whose they are: "including nine children",
# "the bodies of four men", "the whereabouts of 40 people", "a group of 30 students".
_PART_OF = {"including", "among", "amongst", "like", "such", "of"}
# Nouns whose object is still the people an act befell, whatever the preposition: accounts
# of them ("posts about five members, calling them …", "reports on 30 detainees").
_ACCOUNTS_OF_PEOPLE = {
    "post", "report", "allegation", "case", "account", "testimony", "complaint", "list",
    "information", "news", "record", "claim", "evidence", "name", "file", "message", "photo",
}  # fmt: skip


def _figure_head(figure: FigureMention, view: SentenceView, base: int) -> Token | None:
    """The token of the figure's phrase whose head lies outside it: its noun, or its number."""
    first, last = base + figure.start, base + figure.end
    inside = [t for t in view.sentence.span if first <= t.idx < last]
    return next((t for t in inside if not first <= t.head.idx < last or t.head == t), None)


def _holds(
    target: Phrase | None, figure: FigureMention, base: int, words_only: bool = False
) -> bool:
    """Whether the target phrase (its own words only, or with what it heads) holds the figure."""
    if target is None:
        return False
    end = target.end if words_only else target.reach
    return target.start - base <= figure.start and figure.end <= end - base


def _in_relative_clause_without(
    figure: FigureMention, detection: Detection, view: SentenceView, base: int
) -> bool:
    """ "according to the Bar Association, which said lawyers were denied access to nine of
    the detainees": a figure inside a relative clause that does not hold the act describes
    the noun the clause qualifies (here the source), not the act's victims."""
    position = base + figure.start
    token = next((t for t in view.sentence.span if t.idx <= position < t.idx + len(t)), None)
    while token is not None and token.head != token and token != detection.trigger:
        if token.dep_ == "relcl":
            return detection.trigger not in token.subtree
        token = token.head
    return False


def _act_of(
    index: int,
    figure: FigureMention,
    events: list[int],
    built: list[tuple[Claim, Phrase | None, Detection]],
    view: SentenceView,
    base: int,
) -> bool:
    """Whether an unowned figure counts this event: the act whose verb has the counted group
    as its subject or object ("Since the editor's arrest, at least six other volunteers have
    been summoned": the summons, not the arrest beside it), else the act nearest to it."""
    head = _figure_head(figure, view, base)
    if head is not None and head.dep_ in ("nsubj", "nsubjpass", "dobj"):
        acts = [i for i in events if built[i][2].trigger == head.head]
        if acts:
            return index in acts
    return _nearest(index, figure, events, built, base)


def _nearest(
    index: int,
    figure: FigureMention,
    events: list[int],
    built: list[tuple[Claim, Phrase | None, Detection]],
    base: int,
) -> bool:
    """Whether this event's trigger is (one of) the closest to an unowned figure."""

    def distance(i: int) -> int:
        trigger = built[i][2].trigger
        position = trigger.idx - base
        return min(abs(position - figure.start), abs(position - figure.end))

    best = min(distance(i) for i in events)
    same_target = {built[i][0].target for i in events if distance(i) == best}
    return distance(index) == best or built[index][0].target in same_target


def _figure_in_actor(
    figure: FigureMention, claim: Claim, view: SentenceView, target: Phrase | None
) -> bool:
    """A number in the speaker's or agent's phrase ("two witnesses said") is not a count.

    Unless the victims are the speakers: "Three men told us they were beaten" counts three.
    """
    text = view.sentence.text
    speakers_are_victims = target is None or target.text.lower().split()[0] in SELF_PRONOUNS
    for phrase in (claim.attributed_to, claim.agent):
        if not phrase or (phrase == claim.attributed_to and speakers_are_victims):
            continue
        position = text.find(phrase)
        if position >= 0 and position <= figure.start and figure.end <= position + len(phrase):
            return not _KIN_OF.search(text[position : figure.start])
    return False


# "Relatives of two men deported in May said": the number counts those the speakers speak for.
_KIN_OF = re.compile(
    r"\b(?:relatives|families|family|parents|mothers|fathers|wives|husbands|lawyers)\s+of\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)

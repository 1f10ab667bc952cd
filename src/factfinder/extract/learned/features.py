"""Sentence features for the learned type model: words, grammar, cues, and what the rules found.

Every feature is a short string that is either present in a sentence or not; the model
weighs each present feature. The features come from the spaCy parse the extractor already
made, so scoring a sentence costs no second parse.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from factfinder.extract.attribution import HEDGE_WORDS, REPORTING_VERBS
from factfinder.extract.events import LEMMA_FIXES, Detection
from factfinder.extract.events.clauses import MODALS

# Dependents of a verb that say who did what to whom: the grammar a type is told by.
_ARGUMENT_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "agent", "xcomp", "ccomp", "dative", "attr", "acomp", "prt"}
)
_QUOTE_MARKS = ("\u201c", "\u201d", '"', "\u00ab", "\u00bb")
# Entity labels that tell who or what a sentence is about (a date or a figure is no topic).
_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "MONEY", "DATE"})


# Names say who or where, not what was done: a name's own word would tie the model to the
# invented people and countries of its training sets, so a name counts as its kind.
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def lemma(token: Token) -> str:
    """The lemma the rules read: spaCy's, corrected where the small model gets it wrong."""
    return LEMMA_FIXES.get(token.lower_, token.lemma_.lower())


def word_of(token: Token) -> str:
    """A word as the model weighs it: its lemma, or for a proper name its entity kind
    ("PROPN" where the small model's NER misses an invented name)."""
    if token.pos_ == "PROPN" and (token.ent_type_ in _NAME_LABELS or not token.ent_type_):
        return token.ent_type_ or "PROPN"
    return lemma(token)


def sentence_features(span: Span, found: Iterable[Detection]) -> set[str]:
    """The features of one parsed sentence, given the detections the rules made in it.

    Which types the rules fired is the strongest evidence, so it is a feature like any
    other: the model learns where the rules are trusted and where they miss.
    """
    features: set[str] = set()
    words = [t for t in span if not t.is_space and not t.is_punct]
    lemmas = [word_of(t) for t in words]
    for token in words:
        features.update(token_features(token))
        if token.ent_type_ in _ENTITY_LABELS:
            features.add(f"e:{token.ent_type_}")
    for first, second in zip(lemmas, lemmas[1:], strict=False):
        features.add(f"b:{first}_{second}")
    features |= _cues(span, lemmas)
    for detection in found:
        features.add(f"r:{detection.type}")
        features.add(f"r:{detection.kind}")
        if detection.negated:
            features.add(f"r:{detection.type}:negated")
        if detection.nominal:
            features.add(f"r:{detection.type}:nominal")
    if not any(f.startswith("r:") for f in features):
        features.add("r:none")
    return features


def token_features(token: Token) -> list[str]:
    """What one word contributes: its lemma, and for a verb its arguments, prepositions,
    negation and modal. The proposer reads the same features to find a type's trigger."""
    word = word_of(token)
    found = [f"l:{word}"] if token.is_alpha and not token.is_stop else []
    if token.pos_ not in ("VERB", "AUX") or not token.is_alpha:
        return found
    for child in token.children:
        if child.dep_ in _ARGUMENT_DEPS:
            found.append(f"d:{word}:{child.dep_}:{_argument(child)}")
        elif child.dep_ == "prep":
            found.append(f"p:{word}:{child.lower_}")
        elif child.dep_ == "neg":
            found.append(f"n:{word}")
        elif child.dep_ in ("aux", "auxpass") and child.lower_ in MODALS:
            found.append(f"m:{child.lower_}")
    return found


def _argument(token: Token) -> str:
    """A verb's argument by kind, not by word, so that "detained Ivan" and "detained Ana" agree."""
    if token.lower_ in ("he", "she", "him", "her", "they", "them", "we", "us", "i", "me"):
        return "PRON"
    if token.ent_type_:
        return token.ent_type_
    return lemma(token)


def _cues(span: Span, lemmas: list[str]) -> set[str]:
    """Whole-sentence cues: negation, quotation, hedging, a question, reporting, length."""
    cues: set[str] = set()
    text = span.text.strip()
    if any(mark in text for mark in _QUOTE_MARKS):
        cues.add("c:quote")
    if text.endswith("?"):
        cues.add("c:question")
    if any(word in HEDGE_WORDS for word in lemmas):
        cues.add("c:hedge")
    if any(t.dep_ == "neg" for t in span):
        cues.add("c:negation")
    if any(word in REPORTING_VERBS for word in lemmas):
        cues.add("c:reported")
    if any(word in ("if", "unless", "whether") for word in lemmas):
        cues.add("c:condition")
    cues.add("c:short" if len(lemmas) <= 12 else "c:long" if len(lemmas) > 40 else "c:medium")
    return cues

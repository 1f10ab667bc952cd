"""Sentence features: the words, grammar and cues of a parse, and which types the rules fired."""

from __future__ import annotations

from factfinder.extract.events import find_events
from factfinder.extract.learned.features import sentence_features, token_features
from factfinder.extract.nlp import load_pipeline
from factfinder.extract.statements import find_statements


def features_of(text: str) -> set[str]:
    span = next(iter(load_pipeline()(text).sents))
    return sentence_features(span, find_events(span) + find_statements(span))


def test_a_detention_the_rules_find_is_a_feature_beside_its_words_and_grammar() -> None:
    features = features_of("Police detained the two students in Orvik on Monday.")
    assert "r:detention" in features and "r:event" in features
    assert "l:detain" in features and "l:student" in features
    assert any(f.startswith("d:detain:nsubj:") for f in features)
    assert any(f.startswith("d:detain:dobj:") for f in features)
    assert "b:police_detain" in features


def test_a_sentence_without_rule_findings_says_so() -> None:
    features = features_of("Soldiers corralled the villagers into the school.")
    assert "r:none" in features
    assert not any(f.startswith("r:") and f != "r:none" for f in features)
    assert "l:corral" in features


def test_cues_mark_questions_quotes_hedges_and_negation() -> None:
    assert "c:question" in features_of("Were the students detained?")
    assert "c:quote" in features_of('"They beat us," she said.')
    assert "c:hedge" in features_of("The men were allegedly beaten by guards.")
    negated = features_of("Police did not detain anyone.")
    assert "c:negation" in negated and "n:detain" in negated
    assert "r:detention:negated" in negated


def test_verb_arguments_are_named_by_kind_not_by_word() -> None:
    doc = load_pipeline()("Officers arrested him in the street.")
    verb = next(t for t in doc if t.lemma_ == "arrest")
    assert "d:arrest:dobj:PRON" in token_features(verb)


def test_names_count_as_their_kind_not_their_word() -> None:
    features = features_of("Police in Velmora detained Anik Sorvenko on Monday.")
    assert "l:velmora" not in features and "l:sorvenko" not in features
    assert "l:GPE" in features and ("l:PERSON" in features or "l:PROPN" in features)
    assert "l:detain" in features

"""The model's second opinion inside analyze: claims added where the rules are silent, with
the rules' own details and filters, and rule claims dropped when the model finds them unlikely."""

from __future__ import annotations

import datetime as dt

from factfinder.extract import analyze
from factfinder.extract.evaluation import invented_numbers
from factfinder.extract.learned import (
    LEARNED_BY_DEFAULT,
    LearnedTypes,
    default_supplement,
    shipped_supplement,
)
from factfinder.extract.learned.model import TypeModel, TypeWeights

# "corral" is a word no rule knows; this invented model reads it as a detention.
CORRAL = TypeModel(
    types={
        "detention": TypeWeights(
            "event", -3.0, {"l:corral": 4.0, "d:corral:dobj:villager": 1.0}, add_above=0.7
        ),
        "condemn": TypeWeights("statement", -4.0, {"l:pillory": 6.0}, add_above=0.7),
    }
)
WITH_MODEL = LearnedTypes(CORRAL)
PUBLISHED = dt.date(2026, 3, 10)


def claims(text: str, supplement: LearnedTypes | None = WITH_MODEL) -> list:
    return analyze(text, PUBLISHED, supplement=supplement)


def test_the_model_adds_a_claim_the_rules_miss_with_the_rules_details() -> None:
    text = "Soldiers corralled the villagers into the school in Orvik on Monday, witnesses said."
    assert not claims(text, supplement=None)
    [claim] = claims(text)
    assert (claim.kind, claim.type) == ("event", "detention")
    assert claim.agent == "Soldiers"
    assert claim.target == "the villagers"
    assert claim.attributed_to == "witnesses"
    assert claim.when is not None and claim.when.start == dt.date(2026, 3, 9)
    assert text[claim.start : claim.end] == claim.sentence
    assert claim.confidence <= 0.75  # a proposal is less sure than a rule


def test_an_added_claim_counts_only_the_figures_its_sentence_writes() -> None:
    [counted] = claims("Soldiers corralled 14 villagers into the school.")
    assert [(f.low, f.unit) for f in counted.counts] == [(14, "villagers")]
    assert not invented_numbers(counted)
    [uncounted] = claims("Soldiers corralled the villagers into the school.")
    assert uncounted.counts == []


def test_what_the_rules_hold_to_be_no_claim_the_model_does_not_add() -> None:
    for text in (
        "If soldiers corral the villagers, the elders will protest.",
        "Will soldiers corral the villagers?",
        "Soldiers will corral the villagers tomorrow.",
        "The commander wants to corral the villagers.",
        "Share this article: soldiers corralled the villagers.",
    ):
        assert not [c for c in claims(text) if c.type == "detention"], text


def test_a_custody_word_said_of_a_thing_is_not_added() -> None:
    # the invented model is sure of "corral" whatever follows; cattle, files and earnings
    # are not people, so nobody is held
    assert claims("Soldiers corralled the villagers into the school.")
    assert not claims("The farmers corralled the cattle into the pen.")


def test_a_demand_to_do_the_act_is_a_demand_not_the_act() -> None:
    found = claims("The council called on soldiers to corral the villagers.")
    assert [c.type for c in found] == ["demand"]


def test_a_type_the_rules_already_found_is_not_added_twice() -> None:
    found = claims("Police detained and corralled the villagers.")
    assert [c.type for c in found].count("detention") == 1


def test_an_added_statement_is_spoken_by_its_subject() -> None:
    text = "The Orvik Bar Association pilloried the verdict against Ana Vell."
    assert not claims(text, supplement=None)
    [claim] = claims(text)
    assert (claim.kind, claim.type) == ("statement", "condemn")
    assert claim.agent == "The Orvik Bar Association"


def test_a_rule_claim_the_model_finds_very_unlikely_is_dropped() -> None:
    text = "Police detained 14 students in Orvik on Monday."
    assert [c.type for c in claims(text, supplement=None)] == ["detention"]
    doubting = TypeModel(
        types={"detention": TypeWeights("event", -9.0, {}, add_above=None, drop_below=0.01)}
    )
    assert claims(text, supplement=LearnedTypes(doubting)) == []


def test_the_shipped_model_leaves_clear_rule_claims_alone() -> None:
    text = "Police detained 14 students in Orvik on Monday."
    assert [c.type for c in analyze(text, PUBLISHED, supplement="shipped")] == ["detention"]


def test_analyze_consults_the_model_only_when_it_is_on_by_default() -> None:
    default = default_supplement()
    assert (default is not None) == LEARNED_BY_DEFAULT
    assert shipped_supplement() is not None

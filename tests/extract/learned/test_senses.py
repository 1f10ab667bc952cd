"""The model's proposals read their word in the rules' senses: an invented model sure of a
word wherever it stands adds the act where someone suffered it, and nothing where the word
is used in another sense (the traps that kept the event threshold high before)."""

from __future__ import annotations

import datetime as dt

import pytest

from factfinder.extract import analyze
from factfinder.extract.learned import LearnedTypes
from factfinder.extract.learned.model import TypeModel, TypeWeights


def _sure_of(type_name: str, word: str) -> LearnedTypes:
    """A model certain that any sentence holding `word` asserts `type_name`."""
    weights = TypeWeights("event", -6.0, {f"l:{word}": 12.0}, add_above=0.5)
    return LearnedTypes(TypeModel(types={type_name: weights}))


def _types(text: str, model: LearnedTypes) -> list[str]:
    return [c.type for c in analyze(text, dt.date(2026, 3, 10), supplement=model)]


@pytest.mark.parametrize(
    ("type_name", "word", "text"),
    [
        ("killing", "slay", "Gunmen slew the three shepherds near Olvar."),
        ("forced_displacement", "flee", "The villagers fled Marsk after the militia burned it."),
        ("extortion", "pay", "Her brother paid the guards 300 lev for her release."),
        ("death_threat", "tell", "The officer told her she would be shot if she spoke again."),
        ("torture", "whip", "Guards whipped the prisoners in the yard."),
        ("forced_displacement", "leave", "Hundreds of families left Varna after the attacks."),
        ("detention", "keep", "Guards kept him handcuffed in a cell for two days."),
    ],
)
def test_a_proposal_in_the_acts_own_sense_is_added(type_name: str, word: str, text: str) -> None:
    assert type_name in _types(text, _sure_of(type_name, word))


@pytest.mark.parametrize(
    ("type_name", "word", "text"),
    [
        ("killing", "slay", "The epidemic slew the three shepherds near Olvar."),
        ("killing", "kill", "Health officials said the virus had killed 12 people."),
        ("forced_displacement", "flee", "The gunmen fled the scene in a white car."),
        ("forced_displacement", "flee", "The team fled the stadium after the final whistle."),
        ("forced_displacement", "give", "They gave us a week to get the money."),
        ("extortion", "pay", "The charity paid for school books and winter fuel."),
        ("extortion", "pay", "Twelve observers were freed after paying fines."),
        ("death_threat", "tell", "Police told her she would be fined if she parked there."),
        ("torture", "beat", "Miners dig deep to beat Dynamo as Mirsk climbs clear."),
        ("release", "release", "The court ordered the release of the activist."),
        ("release", "release", "Her brother paid the guards 300 lev for her release."),
        ("extortion", "pay", "Students had to pay for the release of the report."),
        ("killing", "body", "The bodies of the two men were returned to their families."),
        ("forced_displacement", "leave", "I had to leave early for work."),
        ("forced_displacement", "leave", "The activist has left the country."),
        ("detention", "keep", "They kept us informed for days."),
        ("death_threat", "tell", "The doctor told him he would recover within a week."),
        ("detention", "hold", "Agents freed a chemist who was kidnapped and held in a barn."),
    ],
)
def test_a_proposal_in_another_sense_is_not_added(type_name: str, word: str, text: str) -> None:
    assert type_name not in _types(text, _sure_of(type_name, word))


def test_a_thing_may_suffer_harassment() -> None:
    # searches and surveillance befall homes and phones: the victim need not be a person
    model = _sure_of("harassment", "ransack")
    assert "harassment" in _types("Masked officers ransacked the editor's flat.", model)


def test_calls_the_sentence_talks_about_are_no_request() -> None:
    weights = TypeWeights("statement", -6.0, {"l:investigation": 12.0}, add_above=0.5)
    model = LearnedTypes(TypeModel(types={"call_for_investigation": weights}))
    assert not _types("Calls for an investigation have grown.", model)


@pytest.mark.parametrize(
    ("word", "text"),
    [
        ("deny", "The senator denied the prisoners food."),  # withheld, not a claim denied
        ("journalist", "No one has been arrested for the murder of the journalist."),
    ],
)
def test_no_denial_is_proposed_in_a_thing_withheld_or_a_person(word: str, text: str) -> None:
    weights = TypeWeights("statement", -6.0, {f"l:{word}": 12.0}, add_above=0.5)
    model = LearnedTypes(TypeModel(types={"deny": weights}))
    assert "deny" not in _types(text, model)

"""Round 9 custody wordings: custody owned up to, people shut in sheds and rooms, people led
into vehicles, captives let out, and the senses of "arrest" and "hold" that hold no one."""

from __future__ import annotations

import pytest

from tests.extract.reported import assert_rule_event, rule_events_in_report


def types_in(sentence: str) -> set[str]:
    """The event types the rules find in `sentence`, read inside a report."""
    return {claim.type for claim in rule_events_in_report(sentence)}


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Norvaly admits holding missing editor after six days of silence", "missing editor"),
        (
            "The authorities acknowledged on Monday that they were holding the blogger.",
            "the blogger",
        ),
        ("The ministry confirmed that police were holding the two students.", "the two students"),
    ],
)
def test_custody_admitted_is_a_detention(sentence: str, target: str) -> None:
    assert_rule_event(sentence, "detention", target)


def test_holding_talks_admitted_holds_no_one() -> None:
    assert "detention" not in types_in("The government admitted holding talks with the rebels.")


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Mr Daska was locked for nine hours in a roadside container.", "Mr Daska"),
        ("The farmers had been kept in a barn and beaten every night.", "The farmers"),
        ("They kept the women in a warehouse for about seven hours.", "the women"),
    ],
)
def test_shut_in_a_shed_or_room_is_a_detention(sentence: str, target: str) -> None:
    assert_rule_event(sentence, "detention", target)


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks were locked in a stalemate for months.",
        "Residents were locked out of their homes for two days.",
        "Teachers kept the pupils in the hall for an hour during the storm.",
        "The ballot papers were kept in a shed.",
    ],
)
def test_locked_or_kept_in_other_senses_holds_no_one(sentence: str) -> None:
    assert "detention" not in types_in(sentence)


def test_led_into_police_buses_is_a_detention() -> None:
    assert_rule_event(
        "At least 30 marchers were led into police buses in Orvel.",
        "detention",
        "At least 30 marchers",
    )


def test_pushed_into_a_minibus_without_plates_is_a_disappearance() -> None:
    assert_rule_event(
        "Two men pushed the lawyer into a white minibus with no number plates.",
        "enforced_disappearance",
        "the lawyer",
    )


def test_crates_loaded_into_a_truck_take_no_one() -> None:
    assert not types_in("Workers loaded the crates into the back of a truck.")


def test_captives_let_out_are_released() -> None:
    assert_rule_event("They let me out on 9 March near the Dessel bridge.", "release", None)


@pytest.mark.parametrize(
    "sentence",
    ["She let out a cry when the verdict was read.", "He let the dog out before dawn."],
)
def test_letting_out_a_cry_or_a_dog_frees_no_one(sentence: str) -> None:
    assert "release" not in types_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Vellin Rovers arrested a run of six straight defeats with a win on Sunday.",
        "Ostrel United arrested their slide down the table.",
        "Hundreds of fans were held up for an hour by a traffic jam on the ring road.",
        "The leaders Marn Athletic were held to a goalless draw at home.",
    ],
)
def test_sport_and_traffic_hold_no_one(sentence: str) -> None:
    assert "detention" not in types_in(sentence)


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Marn protest: detained student dies", "detained student"),
        ("Detained activists' families demand answers", "Detained activists'"),
    ],
)
def test_headline_about_a_detained_person_asserts_the_detention(sentence: str, target: str) -> None:
    assert_rule_event(sentence, "detention", target)


def test_detained_person_in_a_body_sentence_refers_back() -> None:
    assert "detention" not in types_in("The detained student died on Sunday, the lawyer said.")

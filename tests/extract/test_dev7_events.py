"""Custody, release and displacement phrasings of the dev7 kind, each cause with a near miss.

Every sentence is invented (Varnia, its towns and people). The causes: a holding that is the
captivity of a kidnapping or a capture the authorities conceal is no second detention; a
list of requested infinitives asks for every item; a correction headed "Correction:"
withdraws what the earlier version said; testimony's "they kept me in a room for days"; a
child "returned" to a family; a deadline "to get out".
"""

from __future__ import annotations

import pytest

from tests.extract.reported import events_in_report


def _types(sentence: str) -> set[str]:
    return {claim.type for claim in events_in_report(sentence)}


FOUND: list[tuple[str, str]] = [
    ("They kept me in a room without a window for three days.", "detention"),
    ("They kept us at a farm outside Tulvar for two weeks.", "detention"),
    ("Her son, Matteo, was returned on 3 February.", "release"),
    ("The boy was returned two days after the payment.", "release"),
    ("They gave us two days to get out.", "forced_displacement"),
    ("Soldiers gave the villagers a night to get out.", "forced_displacement"),
    # near misses on the other side: custody that stays custody
    ("Police detained him and held him for three days at the station.", "detention"),
    ("The authorities deny holding the two students.", "detention"),
    ("Police arrested Oren Valk and held him for a week without charge.", "detention"),
]

ABSENT: list[tuple[str, str]] = [
    # captivity of a kidnapping, or a capture concealed: a disappearance, not a custody
    ("Agents freed a chemist who had been kidnapped in May and held in a house.", "detention"),
    (
        "Relatives of 14 men held by the security service without acknowledgement spoke.",
        "detention",
    ),
    ("The authorities have not acknowledged holding them.", "detention"),
    # requested acts listed as infinitives
    (
        "We call on the authorities to disclose his whereabouts, to release all those detained"
        " for their views, and to end the raids.",
        "release",
    ),
    (
        "The experts urged the government to investigate the threats, to release all persons"
        " detained for peaceful protest and to protect defenders.",
        "release",
    ),
    # a correction withdraws what the earlier version said
    (
        "Correction, 28 June: An earlier version of this article said four bodies had been"
        " found near Tulvar.",
        "killing",
    ),
    # near misses that leave nothing to find
    ("They gave us a week to get the money.", "forced_displacement"),
    ("Her passport was returned on Monday.", "release"),
    ("The migrants were returned to Varnia.", "release"),
    ("The girl was given medicine.", "release"),
    ("My parents kept me informed for three days.", "detention"),
]


@pytest.mark.parametrize(("sentence", "etype"), FOUND)
def test_event_found(sentence: str, etype: str) -> None:
    assert etype in _types(sentence)


@pytest.mark.parametrize(("sentence", "etype"), ABSENT)
def test_event_absent(sentence: str, etype: str) -> None:
    assert etype not in _types(sentence)


def test_kidnapping_still_a_disappearance() -> None:
    sentence = "Agents freed a chemist who had been kidnapped in May and held in a house."
    assert {"release", "enforced_disappearance"} <= _types(sentence)


def test_returned_child_is_the_one_released() -> None:
    (claim,) = [c for c in events_in_report("Her son, Matteo, was returned on 3 February.")]
    assert claim.type == "release"
    assert claim.target is not None and "son" in claim.target

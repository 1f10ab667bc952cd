"""Extortion and enforced disappearance as real reports word them, beyond the tuned sets.

Every sentence is invented (Varnia, its towns and people). The found list varies how the act
is told: ransoms paid to captors or for a way out of custody, payments pressed out of people
("coerced into paying"), everything handed over so that someone is freed, demands carried by
a message; and disappearances told as silence ("nothing has been heard of him since"), as a
fate never clarified or withheld, as a custody its holders will not admit, or as relatives
who do not know whether a person is alive. The second list holds look-alikes that are not
claims: lawful fines, fears of future demands, the fate of things, places of hearings. The
rules are measured alone (`supplement=None`).
"""

from __future__ import annotations

import pytest

from tests.extract.reported import assert_rule_event
from tests.extract.reported import rule_events_in_report as _events

# (sentence, type, target as written or None when any target will do)
FOUND: list[tuple[str, str, str | None]] = [
    # extortion: ransoms, bribes and payments pressed out of people
    ("My family had to pay 2,000 dollars to get me out.", "extortion", "My family"),
    ("To get my husband released, I had to pay the investigator 2,000 dollars.", "extortion", "I"),
    ("He paid his way out of detention.", "extortion", "He"),
    ("He was asked to pay a fee of 200 dollars for his release.", "extortion", "He"),
    ("The family paid 4,000 euros to the men holding her son.", "extortion", "The family"),
    ("The family paid the kidnappers 20,000 dollars.", "extortion", "The family"),
    (
        "The victims were coerced into paying the traffickers thousands of dollars.",
        "extortion",
        None,
    ),
    ("The captors sent his wife a message demanding 20,000 dollars.", "extortion", None),
    (
        "My father handed over everything we had so they would release my brother.",
        "extortion",
        "My father",
    ),
    ("The traders were forced to hand over their savings to the militia.", "extortion", None),
    ("They took all the money we had and let us go.", "extortion", None),
    ("A police officer took 500 dollars from her to let her go.", "extortion", "her"),
    ("The officers made him pay 200 euros before letting him go.", "extortion", "him"),
    # enforced disappearance: silence, a fate withheld, a custody not admitted
    ("Nothing has been heard of him since.", "enforced_disappearance", None),
    (
        "They were hauled off by militiamen and have not been heard from.",
        "enforced_disappearance",
        "They",
    ),
    (
        "They took my father away at night and we have heard nothing since.",
        "enforced_disappearance",
        "my father",
    ),
    (
        "No one has heard from the two students since they were stopped by police.",
        "enforced_disappearance",
        "the two students",
    ),
    ("His fate and whereabouts have not been clarified.", "enforced_disappearance", None),
    (
        "The authorities have refused to provide any information about his fate.",
        "enforced_disappearance",
        None,
    ),
    (
        "The victim's family has been unable to obtain any information about his whereabouts.",
        "enforced_disappearance",
        None,
    ),
    (
        "Nothing is known of the fate of the remaining 12 detainees.",
        "enforced_disappearance",
        None,
    ),
    ("The family says the police refuse to give his whereabouts.", "enforced_disappearance", None),
    (
        "My son was taken from our home by soldiers and we don't know if he is alive or dead.",
        "enforced_disappearance",
        None,
    ),
    (
        "The authorities refuse to confirm that he is being held.",
        "enforced_disappearance",
        None,
    ),
    ("Her husband was taken by kidnappers on his way to work.", "enforced_disappearance", None),
    ("The family was not informed of where he was taken.", "enforced_disappearance", "he"),
    ("He is being held at a secret location.", "enforced_disappearance", "He"),
    ("His whereabouts are still not known.", "enforced_disappearance", None),
]

NOT_FOUND: list[str] = [
    "The company was forced to pay a fine for pollution.",
    "Residents fear the militia will start demanding money.",
    "Many migrants pay smugglers to cross the sea.",
    "He paid the lawyer for her services.",
    "She paid a fee for a passport.",
    "The villagers paid tribute to the victims.",
    "The whereabouts of the documents are unknown.",
    "The fate of the bill remains unclear.",
    "His lawyer said he does not know where the hearing will be held.",
    "The doctors do not know if he will survive.",
    "We do not know whether the new law will be applied.",
    "I have not heard from the ministry since May.",
    "He may never be heard from again.",
    "Several families have not heard from the government about compensation.",
    "The ministry has not provided information about the budget.",
    "Police did not confirm that he had been arrested.",
    "The file disappeared from the court registry.",
    "Kidnapping charges against the two men were dropped.",
    "They paid 300 dollars each for the bus tickets.",
    "He paid a fine and was released.",
    "She paid bail and was released the same day.",
    "He is held in high regard by his colleagues.",
]


@pytest.mark.parametrize(("sentence", "etype", "target"), FOUND)
def test_wording_gives_the_claim(sentence: str, etype: str, target: str | None) -> None:
    assert_rule_event(sentence, etype, target)


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_look_alike_gives_no_claim(sentence: str) -> None:
    found = {c.type for c in _events(sentence)}
    assert not found & {"extortion", "enforced_disappearance"}

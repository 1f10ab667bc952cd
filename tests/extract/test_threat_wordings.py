"""Death threats and harassment as real reports word them, beyond the tuned sets.

Every sentence is invented (Varnia, its towns and people). The found list varies how the act
is told: a threat to someone's life or body named by its act ("threatened to behead",
"to slit the throats of"), by what it is made with ("threatened with decapitation"), by the
life it names ("threatened his life"); a death promised in idiom ("would end up like his
brother", "would pay with her life", "would be next", "his days were numbered"); a bullet
left at a door; and harassment told as a campaign someone was subjected to, a citizenship
stripped, activities watched, a resignation forced for speaking out, doxxing. The second list
holds look-alikes that are not claims: dangers from floods, policies and climate, a surgeon's
warning, a forecast, a military target that is a thing, a bullet found after a shooting. The
rules are measured alone (`supplement=None`).
"""

from __future__ import annotations

import pytest

from tests.extract.reported import assert_rule_event
from tests.extract.reported import rule_events_in_report as _events

# (sentence, type, target as written or None when any target will do)
FOUND: list[tuple[str, str, str | None]] = [
    # death threats named by the act threatened, what they are made with, or the life
    ("Gunmen threatened to execute the hostages.", "death_threat", "the hostages"),
    ("The gang threatened to behead the priest Ilan Osk.", "death_threat", None),
    (
        "The commander threatened to slit the throats of the prisoners.",
        "death_threat",
        "the prisoners",
    ),
    ("Soldiers threatened to burn the family alive.", "death_threat", "the family"),
    ("The officer threatened to break his legs.", "death_threat", None),
    (
        "The reporter Anik Holm was threatened with decapitation in messages posted online.",
        "death_threat",
        "The reporter Anik Holm",
    ),
    ("Mr Haldor said that the police had threatened his life.", "death_threat", None),
    (
        "The journalist Lena Fors received anonymous calls threatening her life.",
        "death_threat",
        None,
    ),
    ("His life was threatened by members of a paramilitary group.", "death_threat", None),
    # deaths promised in idiom
    (
        "Police officers warned Jonas Ferrel that he would end up like his brother.",
        "death_threat",
        "Jonas Ferrel",
    ),
    (
        "Unidentified men warned the teacher Bela Rusk that she would pay with her life.",
        "death_threat",
        "the teacher Bela Rusk",
    ),
    (
        "A note pushed under her door warned Nadia Kell that she would be next.",
        "death_threat",
        "Nadia Kell",
    ),
    ("The police told him that his days were numbered.", "death_threat", None),
    (
        "Soldiers warned the villagers that they would share the fate of their neighbours.",
        "death_threat",
        "the villagers",
    ),
    ("They said my son would be shot if he did not stop organising.", "death_threat", None),
    ("Men in plain clothes warned him that his family would pay the price.", "death_threat", None),
    ('"We will cut your head off," the man told Sami Orr.', "death_threat", "Sami Orr"),
    ("Two journalists were sent messages saying they would be beheaded.", "death_threat", None),
    # a bullet left or sent
    (
        "A bullet was left on the doorstep of journalist Petra Lindqvist.",
        "death_threat",
        "journalist Petra Lindqvist",
    ),
    ("The prosecutor Lina Ohm received a bullet in the mail.", "death_threat", None),
    # harassment
    (
        "The blogger Fiona Kest was subjected to a campaign of harassment and intimidation.",
        "harassment",
        None,
    ),
    (
        "The authorities stripped the activist Yusuf Carr of his citizenship.",
        "harassment",
        "the activist Yusuf Carr",
    ),
    (
        "The intelligence services have been monitoring the activities of lawyer Kim Tarso.",
        "harassment",
        None,
    ),
    (
        "The teacher Ruth Mann was forced to resign after she spoke at the rally.",
        "harassment",
        None,
    ),
    ("Trolls doxxed the reporter Ana Vik.", "harassment", "the reporter Ana Vik"),
    ("State media vilified the lawyer Ana Vik.", "harassment", "the lawyer Ana Vik"),
]

# Sentences with the words of a threat or of harassment and no such act against anyone.
NOT_FOUND: list[str] = [
    "Mira Tolan threatened to resign if the board approved the plan.",
    "The company threatened to sue the newspaper.",
    "Drought threatens the lives of millions of farmers.",
    "Climate change threatens the lives of millions.",
    "The policy threatens the lives of migrants.",
    "The army threatened to shoot down the drone.",
    "The teacher warned the pupils that they would fail the exam if they did not study.",
    "The unions warned that workers would lose their jobs if the factory closed.",
    "The doctor told him his leg would be cut off if the infection spread.",
    "He told reporters that the company would pay the price for its mistakes.",
    "The coach said his players would be next in line for selection.",
    "Police found a bullet in his car after the shooting.",
    "The editor was forced to resign after the scandal.",
    "The flood threatened to destroy the homes of hundreds of families.",
    "She feared that she would be killed if she returned.",
]


@pytest.mark.parametrize(("sentence", "etype", "target"), FOUND)
def test_wording_gives_the_claim(sentence: str, etype: str, target: str | None) -> None:
    assert_rule_event(sentence, etype, target)


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_look_alike_gives_no_claim(sentence: str) -> None:
    found = {c.type for c in _events(sentence)}
    assert not found & {"death_threat", "harassment"}

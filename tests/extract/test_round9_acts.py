"""Threats, deaths, flight and calls as victims' accounts and wire reports word them (round 9).

Every sentence is invented (Varnia, Ostrand and their people). The found list holds: harm
promised to the narrator by someone else in a testimony ("he said that if I kept lying they
would shoot me", "they said they would break my legs", "they said anyone still here in the
morning would be shot"), in messages ('"would not live to see the verdict"'), as "the next
one", or as dogs set on people; a group branded "enemies ... who should leave the country";
a death reported as following an arrest ("a man who was arrested during the march died in
hospital", "died at the police station"); and a country left after threats ("left Varnia in
May after death threats"). The second list holds look-alikes that are not claims of those
types: a doctor's forecast, heat that "would kill me", living with someone, "the next one to
play", a dog released from a contract, justice asked for the killers, villages burned, a
bonus paid to fighters, visitors who should leave a park, a death in hospital with no
custody, a death years after an arrest, a railway station, leaving after an election or
one's release. The rules are measured alone (`supplement=None`).
"""

from __future__ import annotations

import pytest

from tests.extract.reported import assert_rule_event
from tests.extract.reported import rule_events_in_report as _events

# (sentence, type, target as written or None when any target will do)
FOUND: list[tuple[str, str, str | None]] = [
    # harm promised to the narrator, or to all present, by someone else
    (
        "He said that if I kept lying they would shoot me and throw me in the river.",
        "death_threat",
        None,
    ),
    (
        "They said next time they would break my legs and burn the truck with me in it.",
        "death_threat",
        None,
    ),
    (
        "They said this land was not ours and that anyone still here in the morning would be shot.",
        "death_threat",
        None,
    ),
    ("The guard said they would kill us all if we spoke to the inspectors.", "death_threat", None),
    (
        "Her husband left after receiving messages saying the family "
        '"would not live to see the verdict".',
        "death_threat",
        "the family",
    ),
    (
        "He told me that if I asked again I would be the next one on the list.",
        "death_threat",
        None,
    ),
    (
        "Several said officers had threatened to set dogs on them if they crossed again.",
        "death_threat",
        "Several",  # "them", resolved to the speakers
    ),
    # a group branded with a hostile name as people who should leave
    (
        "The minister publicly described the group as "
        '"enemies of the nation who should leave the country".',
        "incitement",
        None,
    ),
    # deaths reported as following an arrest
    (
        "Teo Marrel, 23, who was arrested near the market during the march, died in hospital "
        "on Wednesday.",
        "killing",
        None,
    ),
    (
        "Anton Vell is a 31-year-old mechanic who died at the Kessel Road police station on 4 May.",
        "killing",
        None,
    ),
    # a country left after threats
    (
        "Our editor, Lida Marsk, left Varnia in May after death threats.",
        "forced_displacement",
        None,
    ),
    (
        "Ilse Tarrow left Varnia for Ostrand on 3 May after receiving repeated threats.",
        "forced_displacement",
        None,
    ),
]

# (sentence, type that must not be found)
NOT_CLAIMS: list[tuple[str, str]] = [
    ("The doctor said that the treatment would kill me.", "death_threat"),
    ("My mother said the heat would kill me if I stayed outside.", "death_threat"),
    ("He said they would treat me well in the new school.", "death_threat"),
    ("I said they would kill me if I went back.", "death_threat"),
    ("Her sister received messages saying the children would not live with her.", "death_threat"),
    ("The coach told me I would be the next one to play.", "death_threat"),
    ("The club threatened to release the dog from its contract.", "death_threat"),
    ("I want the people who killed him to be punished.", "incitement"),
    ("Those who tortured my son must be punished.", "incitement"),
    ("At least 23 villages have been burned since June.", "torture"),
    ("Two former fighters said that commanders paid them a bonus for each village.", "extortion"),
    ("The guide described the tourists as visitors who should leave the park.", "incitement"),
    ("Her grandmother died in hospital on Wednesday.", "killing"),
    ("Orvan Tesk, who was arrested in 1990, died in hospital last year aged 85.", "killing"),
    ("He died at the railway station after a heart attack.", "killing"),
    ("The minister left Ostrand after the election.", "forced_displacement"),
    ("The striker left the club after a row with the coach.", "forced_displacement"),
    ("He left the country after his release.", "forced_displacement"),
]


@pytest.mark.parametrize(("sentence", "etype", "target"), FOUND)
def test_rules_find_the_act(sentence: str, etype: str, target: str | None) -> None:
    assert_rule_event(sentence, etype, target)


@pytest.mark.parametrize(("sentence", "etype"), NOT_CLAIMS)
def test_look_alikes_are_not_claims(sentence: str, etype: str) -> None:
    assert etype not in {c.type for c in _events(sentence)}


def test_threat_to_the_narrator_is_made_by_the_speaker() -> None:
    claims = [
        c
        for c in _events("He said that if I kept lying they would shoot me.")
        if c.type == "death_threat"
    ]
    assert len(claims) == 1
    assert claims[0].agent is not None and not claims[0].negated

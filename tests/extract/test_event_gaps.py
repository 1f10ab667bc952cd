"""Event wordings that fell between the type rules, as real reports word them.

Every sentence is invented (Varnia, its towns and people). Hostage-taking and kidnapping by
armed groups are abductions, that is enforced disappearances, as the tuned sets annotate
them; custody not acknowledged names the held person; "disappeared 30 protesters" names its victims
as the object; a person still missing after being taken, or whom relatives are unable to
trace, is disappeared; payments tied to release or custody are extortion; phones tapped and
cases opened in reprisal are harassment; threats "against her life" are aimed at her. The
second list holds look-alikes that are not claims. Sentences run through `analyze` as the
CLI runs it.
"""

from __future__ import annotations

import pytest

from tests.extract.reported import events_in_report as _events

# (sentence, type, target as written, negated)
FOUND: list[tuple[str, str, str, bool]] = [
    # 1. hostage-taking and abductions by armed groups
    (
        "The rebels took 40 villagers hostage in the raid.",
        "enforced_disappearance",
        "villagers",
        False,
    ),
    (
        "Two engineers were held hostage for three weeks.",
        "enforced_disappearance",
        "Two engineers",
        False,
    ),
    ("The militia took the driver hostage.", "enforced_disappearance", "driver", False),
    (
        "Gunmen seized two aid workers near the border.",
        "enforced_disappearance",
        "two aid workers",
        False,
    ),
    ("Kidnappers took the boy from his school.", "enforced_disappearance", "the boy", False),
    ("Armed men abducted the mayor on Monday.", "enforced_disappearance", "the mayor", False),
    # 2. custody denials name the held person
    # (a custody its holders will not admit is concealed, as "denied holding him" is annotated)
    (
        "The police have not acknowledged holding the activist.",
        "enforced_disappearance",
        "the activist",
        False,
    ),
    ("No court has acknowledged holding him.", "enforced_disappearance", "him", False),
    # 3. "disappear" with an object: the object is the victim
    (
        "Security forces disappeared 30 protesters last year.",
        "enforced_disappearance",
        "protesters",
        False,
    ),
    (
        "The army disappeared dozens of students.",
        "enforced_disappearance",
        "dozens of students",
        False,
    ),
    (
        "Soldiers disappeared the two brothers in 2023.",
        "enforced_disappearance",
        "the two brothers",
        False,
    ),
    # 4. still missing after being taken; relatives unable to trace
    (
        "She remains missing, three years after soldiers took her from her home.",
        "enforced_disappearance",
        "She",
        False,
    ),
    ("He is still missing.", "enforced_disappearance", "He", False),
    (
        "His family has been unable to trace him since his arrest.",
        "enforced_disappearance",
        "him",
        False,
    ),
    (
        "Relatives were unable to locate the detained students.",
        "enforced_disappearance",
        "the detained students",
        False,
    ),
    # 5. payments told with other verbs, tied to release, custody or coercion
    (
        "The family transferred 5,000 euros to the officers for his release.",
        "extortion",
        "The family",
        False,
    ),
    ("He was released upon payment of 2,000 dollars.", "extortion", "He", False),
    (
        "The kidnappers told his wife to raise 10,000 dollars or never see him again.",
        "extortion",
        "his wife",
        False,
    ),
    ("The militia levied a 'tax' on families to let them pass.", "extortion", "families", False),
    (
        "Relatives made payments to the guards to see the detainees.",
        "extortion",
        "Relatives",
        False,
    ),
    # 7. harassment by active verbs
    ("Police tapped the phones of the journalists.", "harassment", "the journalists", False),
    ("Agents installed spyware on the phone of the lawyer.", "harassment", "the lawyer", False),
    (
        "The authorities refused to renew the passport of the activist after her speech.",
        "harassment",
        "the activist",
        False,
    ),
    (
        "Prosecutors opened a criminal case against the editor in reprisal for the article.",
        "harassment",
        "the editor",
        False,
    ),
    (
        "The blogger was called to the police station for a 'conversation'.",
        "harassment",
        "The blogger",
        False,
    ),
    # 8. threats against a life are aimed at the person
    ("She received threats against her life after the broadcast.", "death_threat", "She", False),
    ("The journalist reported threats against his life.", "death_threat", "The journalist", False),
    ("Threats against the lawyer's life have increased.", "death_threat", "the lawyer's", False),
]

NOT_FOUND: list[str] = [
    "His family don't know what happened to the money.",
    "The disappearance of funds from the ministry was investigated.",
    "The disappearance of documents from the archive worried officials.",
    "The court summoned witnesses on Tuesday.",
    "He faces the threat of prosecution if he publishes the report.",
    "The army held a hostage-rescue drill at the airport.",
    "The company transferred 5,000 euros to the supplier for the machines.",
    "Workers made payments to the pension fund.",
    "The council levied a tax on tourists to fund the museum.",
    "The technicians tapped the pipes of the old building.",
    "The bill remains missing from the agenda.",
    "Engineers were unable to trace the fault.",
    "The magician disappeared the coin.",
]


@pytest.mark.parametrize(("sentence", "etype", "target", "negated"), FOUND)
def test_wording_gives_the_claim(sentence: str, etype: str, target: str, negated: bool) -> None:
    claims = [c for c in _events(sentence) if c.type == etype and c.negated == negated]
    assert claims, f"no {etype} in: {sentence}"
    assert any(c.target is not None and target in c.target for c in claims), [
        c.target for c in claims
    ]


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_look_alike_gives_no_claim(sentence: str) -> None:
    assert not _events(sentence), [(c.type, c.target) for c in _events(sentence)]


def test_unknown_fate_names_the_person_not_what() -> None:
    claims = _events("His family don't know what happened to him.")
    assert [(c.type, c.target) for c in claims] == [("enforced_disappearance", "him")]

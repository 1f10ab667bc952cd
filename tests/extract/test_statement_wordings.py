"""Denials, criticism and demands in the varied wordings of wires, ministries, UN bodies and NGOs.

The rules first knew the tuned sets' phrasings; these are the other common ways the same
stances are put: reports rebuffed or disputed, called a smear campaign, fake news or a pack of
lies, recordings said to be staged, claims said not to match reality, incidents said never to
have happened; actors lashed out at, taken aim at, or said to have turned a blind eye
or acted with impunity; releases pressed for, sought, asked for in a clause, wanted, pleaded
for, renewed as a call, said to be needed, or chanted. The look-alikes use the same words for
something else: false-news charges, things staged or blamed on the weather, meetings asked
for, orders shouted by soldiers, questions. Every name and place is invented. The rules are
measured alone (`supplement=None`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from factfinder.extract import analyze
from factfinder.extract.claims import Claim

PUBLISHED = dt.date(2025, 6, 20)
STANCES = ("deny", "criticize", "demand")


def _statements(text: str) -> list[Claim]:
    """The rules' statement claims for `text`."""
    return [c for c in analyze(text, PUBLISHED, supplement=None) if c.kind == "statement"]


FOUND: list[tuple[str, str, str]] = [
    # deny
    ("The ministry rebuffed the allegations.", "deny", "The ministry"),
    ("The ministry repudiated the claims.", "deny", "The ministry"),
    ("The government disputed the findings of the UN panel.", "deny", "The government"),
    ("The regional governor contested the report's conclusions.", "deny", "The regional governor"),
    (
        "Officials said the claims were part of a smear campaign against the country.",
        "deny",
        "Officials",
    ),
    ("The president branded the reports fake news.", "deny", "The president"),
    ("The ministry said the video was staged.", "deny", "The ministry"),
    ("Officials said the photos had been doctored.", "deny", "Officials"),
    ('The governor said the report was "full of lies".', "deny", "The governor"),
    ('The minister said the report was "a pack of lies".', "deny", "The minister"),
    ('"These are baseless accusations," the spokesman said.', "deny", "the spokesman"),
    (
        "The prosecutor's office said the claims did not correspond to reality.",
        "deny",
        "The prosecutor's office",
    ),
    (
        "The police spokesman said the allegations were far from the truth.",
        "deny",
        "The police spokesman",
    ),
    ('"This never happened," a police spokesman told reporters.', "deny", "a police spokesman"),
    ("The army said no such incident had taken place.", "deny", "The army"),
    ("The ministry brushed aside the findings.", "deny", "The ministry"),
    ("The governor scoffed at the allegations.", "deny", "The governor"),
    ("The ministry pushed back against the report.", "deny", "The ministry"),
    # criticize
    (
        "The rapporteur took aim at the authorities for failing to protect journalists.",
        "criticize",
        "The rapporteur",
    ),
    ("The MP lashed out at the interior minister.", "criticize", "The MP"),
    (
        "The senator questioned why the government had done nothing to stop the evictions.",
        "criticize",
        "The senator",
    ),
    (
        "The group said the authorities had turned a blind eye to attacks on migrants.",
        "criticize",
        "The group",
    ),
    ("Critics say the police have acted with impunity for years.", "criticize", "Critics"),
    (
        "The senator said the ministry had ignored repeated warnings about the camp.",
        "criticize",
        "The senator",
    ),
    (
        "The committee is critical of the State party's failure to investigate.",
        "criticize",
        "The committee",
    ),
    ("The envoy took issue with the ministry's statement.", "criticize", "The envoy"),
    ("The group called out the government for its silence.", "criticize", "The group"),
    # demand
    ("The family asked for the release of the two brothers.", "demand", "The family"),
    ("The embassy requested the release of its citizens.", "demand", "The embassy"),
    (
        "The Committee requests the State party to release the detainees.",
        "demand",
        "The Committee",
    ),
    ("The families want an end to the raids.", "demand", "The families"),
    ("The union pressed for the release of the detained workers.", "demand", "The union"),
    ("The council lobbied for the repeal of the emergency decree.", "demand", "The council"),
    ("Her lawyers asked that the charges be dropped.", "demand", "Her lawyers"),
    (
        "The committee requested that the State party release the detainees.",
        "demand",
        "The committee",
    ),
    ("The lawyer wants the detainees freed.", "demand", "The lawyer"),
    ("The opposition wants the government to lift the curfew.", "demand", "The opposition"),
    ("Relatives pleaded with the authorities to return the bodies.", "demand", "Relatives"),
    ("The mayor implored the militia to let the civilians leave.", "demand", "The mayor"),
    ("The lawyers sought his immediate release.", "demand", "The lawyers"),
    ("The group reiterated its call for the release of all detainees.", "demand", "The group"),
    (
        "The Special Rapporteur renewed her call on the government to free the prisoners.",
        "demand",
        "The Special Rapporteur",
    ),
    ("Amnesty joined calls for the release of the blogger.", "demand", "Amnesty"),
    ("The senator said the government needs to stop the deportations.", "demand", "The senator"),
    ('"Free them now," the protesters chanted.', "demand", "the protesters"),
]


@pytest.mark.parametrize(("text", "stype", "agent"), FOUND)
def test_the_stance_is_found_with_its_speaker(text: str, stype: str, agent: str) -> None:
    claims = [c for c in _statements(text) if c.type == stype]
    assert claims, f"no {stype} claim"
    assert claims[0].agent == agent


NOT_FOUND: list[str] = [
    "The man was jailed for spreading false news.",
    "She was charged with publishing fake news about the army.",
    "The film was staged in the capital last year.",
    "He blamed the rain for the delays.",
    "The blast was blamed on a gas leak.",
    "The government wants to end the protests.",
    "He wants to return home.",
    "The company asked that the meeting be held on Monday.",
    "Journalists asked whether the prisoners would be released.",
    '"Open the door," the soldiers shouted.',
    "The soldiers told the villagers to leave.",
    "She pressed for a pay rise.",
    "He sought asylum in Belmar.",
    "The company pressed ahead with the project.",
    "The court rejected the defence's request.",
    "He was denied entry to the country.",
    "The court denied bail to the three activists.",
    "The victim remains in critical condition.",
    "Demand for housing has risen sharply.",
    "The minister will respond next week.",
    "It never happened again, she said.",
    "The government called out the army to clear the square.",
    "The sniper took aim at the protesters.",
    "Police laughed at him during the interrogation.",
    "The family asked for privacy.",
    "The company ran a smear campaign against the union.",
]


def test_ignored_requests_stay_silence_not_criticism() -> None:
    """ "ignored requests for comment" reports silence; the fault idioms leave it alone."""
    text = "The group said the ministry had ignored its requests for comment."
    types = [c.type for c in _statements(text)]
    assert "criticize" not in types


@pytest.mark.parametrize("text", NOT_FOUND)
def test_the_look_alike_is_no_stance(text: str) -> None:
    assert [c.type for c in _statements(text) if c.type in STANCES] == []

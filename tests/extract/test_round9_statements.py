"""Statement wordings of the ninth rules round, each with look-alikes that use the same words.

Stances held "with concern" or "with regret" by a verb of noting, however the parser hangs
"with"; requests to let someone visit, see or enter (calls for investigation, since access
is an inquiry's); bare recommendations to close, reopen or disband; silence told as a reply
"not received"; denials that say no one was beaten or threatened (in the past tense too),
that a death in custody was "the result of suicide" or of natural causes, that a trial or an
arrest kept to the law or that rights were respected; reports called "fairy tales". And what
is no statement: a visit home, a shop that closes, a window closed, a fairy tale told to a
child, a death put down to torture or told by the family, "no one was hurt". Every sentence,
name and place is invented. The rules are measured alone (`supplement=None`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from factfinder.extract import analyze
from factfinder.extract.claims import Claim

PUBLISHED = dt.date(2025, 6, 20)


def _statements(text: str) -> list[Claim]:
    """The rules' statement claims for `text`."""
    return [c for c in analyze(text, PUBLISHED, supplement=None) if c.kind == "statement"]


def _types(text: str) -> set[str]:
    return {c.type for c in _statements(text)}


FOUND: list[tuple[str, str]] = [
    # noted with a stance noun
    (
        "The Committee notes with concern information that 19 persons were detained.",
        "express_concern",
    ),
    ("The Brelland ministry says it is following the situation with concern.", "express_concern"),
    ("The Ministry also notes with regret the biased articles of the Osk Courier.", "criticize"),
    ("We also note with concern statements by senior officials in Tarvo.", "express_concern"),
    # access asked for: a call for investigation
    (
        "The union called on the authorities to let lawyers see their clients.",
        "call_for_investigation",
    ),
    (
        "The association demanded that lawyers be allowed to visit the 12 people still held.",
        "call_for_investigation",
    ),
    (
        "I ask the authorities to let me and my colleagues into Upper Vell.",
        "call_for_investigation",
    ),
    ("The Commissioner requested permission to visit the region.", "call_for_investigation"),
    # bare recommendations in a list
    ("- Close all unofficial places of detention.", "demand"),
    ("(b) Reopen the investigation into the death of Pel Arno.", "call_for_investigation"),
    # silence: the reply never received
    (
        "The experts wrote to the Government in March; no reply has been received.",
        "no_public_statement",
    ),
    ("A response from the Marnish authorities has not yet been received.", "no_public_statement"),
    ("I have never received a reply from the ministry.", "no_public_statement"),
    # denials
    ("No peaceful protester was beaten.", "deny"),
    ("No detainee was subjected to violence of any kind while in custody.", "deny"),
    ("A police spokesman said no journalist had been threatened.", "deny"),
    ("The death of the detainee O. Brell on 9 March was the result of suicide.", "deny"),
    ("The ministry said the deaths were the result of pre-existing illness.", "deny"),
    (
        "The spokesman said the trial had been conducted strictly in accordance with the law.",
        "deny",
    ),
    ("The ministry said the lawyers' rights had been fully respected.", "deny"),
    ("Commander Ivo Tarn said his officers had followed procedure.", "deny"),
    (
        "The Government stated that Mr. Velo was detained in full compliance with the Code.",
        "deny",
    ),
    ("He said reports of secret prisons in Osk were a fairy tale written abroad.", "deny"),
]


@pytest.mark.parametrize(("sentence", "stype"), FOUND)
def test_statement_found(sentence: str, stype: str) -> None:
    assert stype in _types(sentence), (sentence, _types(sentence))


NOT_FOUND: list[tuple[str, str]] = [
    ("She was filled with regret.", "criticize"),
    ("They were met with concern by the neighbours.", "express_concern"),
    ("The mayor urged the authorities to allow the families to go home.", "call_for_investigation"),
    ("He asked to see the manager.", "call_for_investigation"),
    ("Close this window.", "demand"),
    ("He said the shop must close by six.", "demand"),
    ("She received a reply on Monday.", "no_public_statement"),
    ("The Rapporteur regrets that no reply has been received.", "no_public_statement"),
    ("No one was hurt in the fire.", "deny"),
    ("The minister said the government had not threatened to cut funding.", "deny"),
    ("The death was the result of torture, the autopsy showed.", "deny"),
    ("Her death was caused by heart failure brought on by beatings, the family said.", "deny"),
    ("The lawyer said the rights of her client had not been respected.", "deny"),
    ("He said he followed the recipe.", "deny"),
    ("She told us a fairy tale about a dragon.", "deny"),
]


@pytest.mark.parametrize(("sentence", "stype"), NOT_FOUND)
def test_no_such_statement(sentence: str, stype: str) -> None:
    assert stype not in _types(sentence), (sentence, _statements(sentence))


def test_noted_concern_names_the_noter() -> None:
    claims = _statements("The Committee notes with concern reports that 3 men were detained.")
    concern = [c for c in claims if c.type == "express_concern"]
    assert len(concern) == 1
    assert concern[0].agent == "The Committee"


def test_access_request_is_one_claim_with_its_agent() -> None:
    claims = _statements("The Orvel Bar demanded that lawyers be allowed to visit the detainees.")
    assert [c.type for c in claims] == ["call_for_investigation"]
    assert claims[0].agent == "The Orvel Bar"


def test_reply_not_received_names_who_stayed_silent() -> None:
    claims = _statements("The Government has not received a reply from the Dessan company.")
    silence = [c for c in claims if c.type == "no_public_statement"]
    assert len(silence) == 1
    assert silence[0].agent is not None and "Dessan company" in silence[0].agent


def test_no_response_is_told_once() -> None:
    claims = _statements("We have received no response to our letter of 3 May.")
    assert [c.type for c in claims] == ["no_public_statement"]


def test_nobody_beaten_denies_and_negates_the_beating() -> None:
    claims = analyze("Nobody was beaten.", PUBLISHED, supplement=None)
    assert {(c.kind, c.type) for c in claims} >= {("statement", "deny")}
    beatings = [c for c in claims if c.type == "torture"]
    assert all(c.negated for c in beatings)


def test_a_creed_of_lawfulness_is_no_denial() -> None:
    assert "deny" not in _types("Our soldiers follow the law.")


def test_a_noted_assertion_that_denies_is_the_asserters_denial() -> None:
    claims = _statements(
        "The Committee notes the State party's assertion that the deaths resulted from natural "
        "causes."
    )
    denials = [c for c in claims if c.type == "deny"]
    assert len(denials) == 1
    assert denials[0].agent is not None and "State party" in denials[0].agent


@pytest.mark.parametrize(
    "sentence",
    [
        "His mother's statement that he was not beaten was read out.",
        "The ministry's statement that three men were arrested was confirmed.",
    ],
)
def test_an_assertion_that_denies_nothing_or_is_kin_is_no_denial(sentence: str) -> None:
    assert "deny" not in _types(sentence)


def test_an_assertion_rebutted_is_not_reported_as_a_denial() -> None:
    sentence = "The authorities' claim that no one was harmed is contradicted by every account."
    assert "deny" not in _types(sentence)

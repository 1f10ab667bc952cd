"""Statement claims: condemn, criticize, concern, demands, investigations, denials and silence."""

from __future__ import annotations

import datetime as dt

import pytest

from factfinder.extract import analyze
from factfinder.extract.claims import Claim

PUBLISHED = dt.date(2021, 3, 10)


def statements(text: str) -> list[Claim]:
    return [claim for claim in analyze(text, PUBLISHED) if claim.kind == "statement"]


def only(text: str, kind: str) -> Claim:
    found = [claim for claim in statements(text) if claim.type == kind]
    assert len(found) == 1, [c.type for c in statements(text)]
    return found[0]


def test_condemnation_of_a_nominalised_act_targets_its_victims() -> None:
    claim = only(
        "The Ardenian foreign ministry last week condemned the arrest of three lawyers in "
        "Valdoria.",
        "condemn",
    )
    assert claim.agent == "The Ardenian foreign ministry"
    assert claim.target == "three lawyers"
    assert claim.when is not None and claim.when.precision == "week"


def test_criticism_keeps_titles_as_written() -> None:
    claim = only(
        "Senator Ilse Marr criticised Interior Minister Davor Pell for his silence.", "criticize"
    )
    assert claim.agent == "Senator Ilse Marr"
    assert claim.target == "Interior Minister Davor Pell"


@pytest.mark.parametrize(
    "text",
    [
        "The Ardenian government has not yet spoken out.",
        "The embassy declined to comment on the arrests.",
        "The ministry did not respond to requests for comment.",
        "The regional governor has remained silent about the disappearances.",
        "The council has yet to condemn the attacks.",
    ],
)
def test_absence_of_a_statement_is_recorded(text: str) -> None:
    found = statements(text)
    assert [c.type for c in found] == ["no_public_statement"]
    assert found[0].agent is not None
    assert found[0].attributed_to is None  # the source, not the actor, says so


def test_a_negated_condemnation_is_silence_not_a_condemnation() -> None:
    assert [c.type for c in statements("The president has not condemned the killings.")] == [
        "no_public_statement"
    ]


def test_no_reason_to_believe_is_a_denial_by_the_speaker() -> None:
    claim = only(
        "Interior Minister Davor Pell said the police had no reason to believe reports of abuse.",
        "deny",
    )
    assert claim.agent == "Interior Minister Davor Pell"
    assert claim.target is not None and "reports of abuse" in claim.target


def test_explicit_denial_and_dismissal() -> None:
    assert only("The army denied that soldiers had opened fire.", "deny").agent == "The army"
    claim = only("A government spokesman dismissed the allegations as lies.", "deny")
    assert claim.agent == "A government spokesman"


def test_concern_said_on_behalf_of_a_state_is_the_speakers_statement() -> None:
    claim = only(
        "Ambassador Rhea Lund said Ardenia was deeply concerned about the detentions.",
        "express_concern",
    )
    assert claim.agent == "Ambassador Rhea Lund"
    assert claim.target == "the detentions"


def test_expressed_concern() -> None:
    claim = only(
        "The European Union expressed deep concern over the trial of Mira Solen.", "express_concern"
    )
    assert claim.agent == "The European Union"


def test_call_for_investigation_and_demand() -> None:
    claim = only(
        "The UN human rights office called for an independent investigation into the deaths.",
        "call_for_investigation",
    )
    assert claim.agent == "The UN human rights office"
    demand = only(
        "Rights groups urged the authorities to release all detained activists.", "demand"
    )
    assert demand.agent == "Rights groups"


def test_should_in_someones_words_is_their_demand() -> None:
    found = statements(
        "At the rally Senator Ilse Marr criticised the cabinet.\n\n"
        '"Our government should demand an end to these arrests," she said.'
    )
    demand = next(c for c in found if c.type == "demand")
    assert demand.agent == "Senator Ilse Marr"
    assert demand.quote
    assert demand.target == "an end to these arrests"


def test_calling_the_allegations_lies_is_a_denial() -> None:
    claim = only(
        "A spokesperson for the president told reporters that the allegations were "
        '"absolute lies".',
        "deny",
    )
    assert claim.agent == "A spokesperson for the president"
    assert claim.target == "the allegations"


def test_a_call_to_release_and_to_investigate_is_both() -> None:
    found = statements(
        "Justice Watch called on the authorities to release the 14 students and to investigate "
        "allegations of ill-treatment."
    )
    assert sorted(c.type for c in found) == ["call_for_investigation", "demand"]


def test_what_others_are_called_on_to_do_is_not_their_statement() -> None:
    found = statements("We call on the international community to condemn these abuses.")
    assert [c.type for c in found] == ["demand"]


def test_hypothetical_statement_is_not_a_statement() -> None:
    assert statements("The minister would condemn any violence if it happened.") == []


def test_a_statement_about_an_invented_event_gives_no_event_when_denied() -> None:
    found = analyze("The governor denied that any activists had been detained.", PUBLISHED)
    assert [c.type for c in found if not c.negated] == ["deny"]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said no one had been detained in connection with the protests.",
        "Officials insisted that there are no political prisoners in the country.",
        "A police spokesman said the men were not tortured.",
    ],
)
def test_saying_that_nothing_happened_is_a_denial(text: str) -> None:
    assert [c.type for c in analyze(text, PUBLISHED) if not c.negated] == ["deny"]


def test_saying_something_else_is_not_a_denial() -> None:
    assert statements("The minister said that there was no need to respond.") == []


def test_a_silent_official_is_named_without_the_aside_about_him() -> None:
    claim = only(
        "Prefect Anneli Voss, who said last winter that the protesters were paid, has not "
        "commented on the new report.",
        "no_public_statement",
    )
    assert claim.agent == "Prefect Anneli Voss"


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        (
            "Korvath's justice minister on Friday denied that prisoners were being beaten in "
            "Hessel jail.",
            "prisoners were being beaten",
        ),
        ("The army on Monday denied the allegations of torture.", "the allegations"),
    ],
)
def test_a_denial_is_of_what_was_denied_not_of_the_day_it_was_made(text: str, denied: str) -> None:
    claim = only(text, "deny")
    assert claim.target is not None and denied in claim.target
    assert claim.when is not None

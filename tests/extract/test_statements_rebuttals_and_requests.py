"""Statement families that unseen reports told in wordings the earlier rules missed.

Every sentence is invented (Varnia, its ministries and people): rejections of what a report
is taken to suggest or how it describes someone; critics called misinformed; acts defended as
done lawfully; motives said to have played no part; force said not to have been used; a
report's own charge that officials did nothing; bulleted commands to open an inquiry; and
inquiries sought. The look-alikes reject proposals or list nothing. The rules are measured
alone (`supplement=None`).
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


FOUND: list[tuple[str, str]] = [
    ("The governor rejected the suggestion that detainees were beaten.", "deny"),
    ("The Interior Ministry rejects as baseless the allegations of torture in Dorvi.", "deny"),
    ("The ministry said the portrayal of the unit as a death squad was inaccurate.", "deny"),
    ("MINISTER OF INTERIOR: The honourable member is misinformed.", "deny"),
    ("Ms Varn was arrested lawfully on 3 May on suspicion of fraud.", "deny"),
    ("All those held have been treated in full accordance with the law.", "deny"),
    ("The director said her activism had played no part in the decision.", "deny"),
    ("A police spokesman said no force was used during the evictions.", "deny"),
    ("District officials have done little to protect the returnees.", "criticize"),
    ("The embassy does not intend to comment on anonymous posts.", "no_public_statement"),
    (
        "Ms Varn was arrested lawfully on 3 May, her lawyer was informed the same day, and she is "
        "in good health.",
        "deny",
    ),
    (
        "The spokesman said the contract had ended for budget reasons and that her union work "
        "played no part.",
        "deny",
    ),
    (
        "Human Rights Watch is seeking an independent inquiry into the deaths.",
        "call_for_investigation",
    ),
]

NOT_FOUND: list[tuple[str, str]] = [
    ("The minister rejected the suggestion of early elections.", "deny"),
    ("We did nothing to stop him.", "criticize"),
    ("She is seeking asylum in Norway.", "call_for_investigation"),
]


@pytest.mark.parametrize(("text", "stype"), FOUND)
def test_statement_family_is_found(text: str, stype: str) -> None:
    assert stype in {claim.type for claim in _statements(text)}


@pytest.mark.parametrize(("text", "stype"), NOT_FOUND)
def test_look_alike_gives_no_such_statement(text: str, stype: str) -> None:
    assert stype not in {claim.type for claim in _statements(text)}


def test_bulleted_commands_carry_the_request_and_the_lead_in_none() -> None:
    text = (
        "Please write to the Prosecutor General, urging him to:\n"
        "- open a prompt and impartial investigation into the threats;\n"
        "- release the student Ivo Sand immediately."
    )
    types = sorted(claim.type for claim in _statements(text))
    assert types == ["call_for_investigation", "demand"]


def test_lead_in_ending_in_a_colon_is_no_demand_of_its_own() -> None:
    assert _statements("We call on the Varnian authorities to:") == []

"""Statement families of the eighth round, each with look-alikes that use the same words.

Stances said in judging noun phrases ("called the ban a cynical gesture", "a crude attempt to
muzzle the press", "an act of revenge"), in "regrettable", in a pretence or an ignoring
faulted, in an actor's silence judged, in the emphatic "not a single case"; silence told by
"neither", "not going to comment" or "without receiving an answer"; requests for a monitoring
body's visit or a case reopened (inquiries); recommendations to condemn (demands); no one
forcibly removed or ever held, an authority that "does not hold" a person (denials). And what
is no statement: a price demanded, a condition a perpetrator sets, "the person concerned",
custody left unacknowledged, an order to keep quiet, a refusal under questioning, "no arrests
were made", an act done "without legal basis", concerns passed on, "denied contact". Every
sentence, name and place is invented. The rules are measured alone (`supplement=None`).
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
    ('The miners\' union called the closure order "a cynical gesture".', "criticize"),
    (
        'The press council called the expulsions "a crude attempt to muzzle the press".',
        "condemn",
    ),
    ('The teachers\' federation called her dismissal "an act of reprisal".', "condemn"),
    ('The drivers\' union called the statement "an insult to our intelligence".', "criticize"),
    ("It is regrettable that the group chose not to contact the ministry.", "criticize"),
    ("The provincial authorities have spent months pretending this is not happening.", "criticize"),
    ("The Special Rapporteur chose to ignore this information.", "criticize"),
    ("The governor's silence is an invitation to further attacks.", "criticize"),
    ("And the ministry's answer has been silence.", "criticize"),
    ("Six months on, not one guard has been suspended.", "criticize"),
    ("The regional prosecutor has not opened a single case.", "criticize"),
    (
        '"I am not going to comment on remarks by other ministers," the governor said.',
        "no_public_statement",
    ),
    (
        "The rights group wrote to the mayor and the police chief in May. Neither has replied.",
        "no_public_statement",
    ),
    (
        "The association said it had written three times to the governor's office without "
        "receiving a reply.",
        "no_public_statement",
    ),
    (
        "The panel urged Dorvia to let the UN Working Group on Arbitrary Detention visit.",
        "call_for_investigation",
    ),
    (
        "The families urged prosecutors to reopen that part of the case.",
        "call_for_investigation",
    ),
    (
        "Ensure that she has access to a lawyer of her choice, to her family and to an "
        "independent doctor.",
        "call_for_investigation",
    ),
    ("(c) Publicly condemn all calls for violence against the Ostri minority;", "demand"),
    ("No one has been forcibly removed from Velk or from any other hamlet.", "deny"),
    ("None of them was ever held by the police or by the border service.", "deny"),
    ("No one in Dorvia is held for his opinions.", "deny"),
    ("The Ministry of Public Order does not hold Mr Orlan.", "deny"),
]


@pytest.mark.parametrize(("text", "stype"), FOUND)
def test_statement_is_found(text: str, stype: str) -> None:
    assert stype in {c.type for c in _statements(text)}


NOT_FOUND: list[tuple[str, str]] = [
    ("The police do not hold meetings on Sundays.", "deny"),
    ("No one has been held to account for the killing.", "deny"),
    ("No one was hurt in the fire.", "deny"),
    ('The mayor called the agreement "a welcome move".', "criticize"),
    ("The boy pretended that he had not seen the car.", "criticize"),
    ("Before the vote, parliament observed a minute of silence for the victims.", "criticize"),
    ("Nobody has been charged with the killing.", "criticize"),
    (
        "Two prisoners told the agency that guards had demanded 300 euros per person to lose "
        "their files.",
        "demand",
    ),
    (
        "Gunmen seized three engineers on Monday and are demanding 80,000 lorens for their "
        "release, the company said.",
        "demand",
    ),
    (
        "A caller said that if we wanted to see Mira alive we should bring 6,000 dollars.",
        "demand",
    ),
    (
        "The official said that if I wanted to keep my job I should stop going to meetings.",
        "demand",
    ),
    ("The deputy has just called for violence against my voters.", "demand"),
    (
        "When the people you call for help are the ones holding your son, the state has failed.",
        "demand",
    ),
    (
        "The ministry replied that the individuals concerned had not been harassed.",
        "express_concern",
    ),
    (
        "The Special Rapporteur has raised these concerns with the Government of Dorvia.",
        "express_concern",
    ),
    ("The police have not acknowledged holding her.", "no_public_statement"),
    (
        "A sergeant warned her to keep quiet if she wanted to see her son again.",
        "no_public_statement",
    ),
    (
        "Officers questioned him about the organisers, and when he refused to answer, one of "
        "them struck him.",
        "no_public_statement",
    ),
    (
        "Families paid ransoms, and two hostages were killed after their relatives failed to "
        "raise the money.",
        "no_public_statement",
    ),
    (
        "The Government has not responded to our requests for access to the valley.",
        "call_for_investigation",
    ),
    ("Police said the parade passed without incident and no arrests were made.", "deny"),
    ("Police watched the rally but did not detain anyone, the organisers said.", "deny"),
    ("Dorvian police have made no arrests in any of the cases, the group said.", "deny"),
    (
        '"The Government must release those held without legal basis," the expert said.',
        "deny",
    ),
    (
        "UN experts expressed alarm at reports that detainees are denied contact with their "
        "families.",
        "deny",
    ),
]


@pytest.mark.parametrize(("text", "stype"), NOT_FOUND)
def test_look_alike_is_no_such_statement(text: str, stype: str) -> None:
    assert stype not in {c.type for c in _statements(text)}


def test_one_request_per_speaker_however_many_acts_it_lists() -> None:
    text = (
        '"The Government must immediately reveal the fate of every person taken and release '
        'those held without charge," the expert said.'
    )
    assert [c.type for c in _statements(text)].count("demand") == 1


def test_one_denial_when_one_part_names_its_speaker_and_the_other_is_carried() -> None:
    text = (
        '"There is no evidence that soldiers were involved, and I reject the insinuation '
        'that they were," the minister said.'
    )
    assert [c.type for c in _statements(text)].count("deny") == 1


def test_two_speakers_keep_two_denials() -> None:
    text = "The army denied the report, and the ministry called the allegations baseless."
    assert [c.type for c in _statements(text)].count("deny") == 2


def test_a_demand_for_a_price_is_no_request_but_a_demand_for_people_is() -> None:
    assert {c.type for c in _statements("The union demanded the release of 12 students.")} == {
        "demand"
    }

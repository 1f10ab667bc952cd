"""Round 10 statement wordings: denials at a station's door, requests listing several acts,
first-person silences, prices and relief appeals that are no demands, and their traps."""

from __future__ import annotations

import pytest

from factfinder.extract import analyze


def _types(sentence: str) -> set[str]:
    """The statement types the rules alone find in the sentence."""
    return {c.type for c in analyze(sentence, supplement=None) if c.kind == "statement"}


FOUND = [
    # denials
    ("The Ministry of Internal Order does not hold Mr Varek.", "deny"),
    ("Third, the Ministry has no information about the citizen Oren Talvik.", "deny"),
    ("The authorities say they have no record of detaining any of them.", "deny"),
    ("At the police post in Drell, the officer told me they had never heard of him.", "deny"),
    ("At Marsk they told me he had never been brought there.", "deny"),
    ("Our officers do not take bribes.", "deny"),
    ("The Border Police does not take hostages.", "deny"),
    (
        "Ilse said she had been to four police stations and was told at each that her "
        "husband was not there.",
        "deny",
    ),
    (
        "Families go from station to station, and every time they are told that their "
        "loved ones are not there.",
        "deny",
    ),
    ("The guards told her that her husband was not there.", "deny"),
    (
        'The foreign ministry called the Council statement "a collection of lies".',
        "deny",
    ),
    ('He called the commission\'s list "a catalogue of fairy tales".', "deny"),
    ("The Committee notes the State party's denial that any of them is being held.", "deny"),
    # criticism
    ('"They lied to my face," she told reporters.', "criticize"),
    ("I say they are lying.", "criticize"),
    ("The government's account is not credible.", "criticize"),
    ("The ministry's claim that no one was harmed is contradicted by every account.", "criticize"),
    # requests
    ("He says the interior minister must resign.", "demand"),
    (
        "We call on the Government of Tarnia to disarm the Falcon Brigades and to grant UN "
        "monitors independent access to the Orl Hills.",
        "demand",
    ),
    (
        "We call on the Government of Tarnia to disarm the Falcon Brigades and to grant UN "
        "monitors independent access to the Orl Hills.",
        "call_for_investigation",
    ),
    (
        "She called on the authorities to put an immediate end to summary returns, to ensure "
        "that every allegation of ill-treatment is investigated, and to stop harassing "
        "volunteers.",
        "demand",
    ),
    (
        "She called on the authorities to put an immediate end to summary returns, to ensure "
        "that every allegation of ill-treatment is investigated, and to stop harassing "
        "volunteers.",
        "call_for_investigation",
    ),
    (
        "Deputy Mara Tosk demanded that the Keln checkpoint be shut down until an "
        "investigation was completed.",
        "demand",
    ),
    (
        "- Suspend security assistance to the unit until credible investigations are completed.",
        "demand",
    ),
    ("The families appealed for the return of their sons.", "demand"),
    # silence
    ("The ministry has said nothing about the arrests.", "no_public_statement"),
    ("The police kept quiet about the raid.", "no_public_statement"),
    ("The minister has not spoken to the media since the raid.", "no_public_statement"),
]


@pytest.mark.parametrize(("sentence", "stype"), FOUND)
def test_wording_gives_statement(sentence: str, stype: str) -> None:
    """Each wording gives a statement of its type."""
    assert stype in _types(sentence)


NOT_FOUND = [
    # the same words in another sense
    ("The police do not hold the keys to the building.", "deny"),
    ("His family has no information about him.", "deny"),
    ("She said she had never heard of the group.", "deny"),
    ("Neighbours told me they had never heard of him.", "deny"),
    ("He said the children were not taken there by bus.", "deny"),
    ("The police do not arrest drunk drivers anymore.", "deny"),
    ("He told me that his brother was not there.", "deny"),
    ("She was told that her son was not there when the police came.", "deny"),
    ("Every time they are told that their relatives are not being held.", "deny"),
    ("We see no reason why this positive trend should be sacrificed to ambition.", "deny"),
    ("When I said there were no organisers, he hit me with a truncheon.", "deny"),
    ("His body was lying in the street.", "criticize"),
    ("He lay on the floor for hours.", "criticize"),
    ("I lied to the guards to protect my brother.", "criticize"),
    ("The problem lies in the law.", "criticize"),
    ("The court found that the witness's account was not credible.", "criticize"),
    ("Everyone must resign themselves to a long wait, the coach said.", "demand"),
    ("The committee urged Tarnia to establish a body to investigate all complaints.", "demand"),
    ("They demanded an investigation before the trial resumes.", "demand"),
    ("She called her brother, a teacher who tells lies for a living.", "deny"),
    ("The prison's denial of medical care to detainees is unlawful.", "deny"),
    # prices, relief, advice and court appeals are no requests to an authority
    ("Investigators had asked the families for between 10,000 and 40,000 marks.", "demand"),
    ("Officers demanded between 200 and 500 kesar from at least three detainees.", "demand"),
    ("Organisers have asked people to bring water and to stay on the pavements.", "demand"),
    ("Citizens who are approached for money are urged to contact the hotline.", "demand"),
    ("The mayor appealed for blankets, baby food and medicine.", "demand"),
    ("His family has appealed.", "demand"),
    ("The lawyers appealed against the verdict.", "demand"),
    # a witness's own silence, private contact, a detail left out
    ("After that I kept quiet.", "no_public_statement"),
    ("But if I say nothing, it is as if my brother disappears twice.", "no_public_statement"),
    (
        "The officers told me to bury him that night and to say nothing to anyone.",
        "no_public_statement",
    ),
    ("She has not spoken to him since the end of May.", "no_public_statement"),
    ("It did not say how many people had been arrested.", "no_public_statement"),
]


@pytest.mark.parametrize(("sentence", "stype"), NOT_FOUND)
def test_look_alike_gives_no_statement(sentence: str, stype: str) -> None:
    """Look-alikes give no statement of the type."""
    assert stype not in _types(sentence)

"""Families of event phrasing met in urgent actions, dispatches, rebuttals and court reports.

Every sentence is invented (Varnia, its towns and people) and varies one family at a time:
weapons aimed at people, threats quoted in the threatener's words, calls to violence named
as a noun, people forced out of where they live or bussed away by force, stress positions
imposed by "made to", denials of ill-treatment ("never laid a finger on"), a verdict naming
who did the act, acts listed before one shared victim, and names the entity tagger misreads.
The second list holds idioms that look like abuses but are not.
"""

from __future__ import annotations

import pytest

from tests.extract.reported import events_in_report as _events

FOUND: list[tuple[str, set[str]]] = [
    # death threats: a weapon aimed at a person, or the threat in the threatener's words
    ("One of the officers held a pistol to her temple.", {"death_threat"}),
    ("A soldier pointed a rifle at the children and told them to lie down.", {"death_threat"}),
    ("Someone painted \u201cwe will kill you\u201d on the door of her flat.", {"death_threat"}),
    ("A note pushed under his door read: we will kill you.", {"death_threat"}),
    ("They painted 'Leave or die' on our gate.", {"death_threat"}),
    ("Someone left a funeral wreath with my name on it at my door.", {"death_threat"}),
    (
        "Three of the lawyers have had funeral wreaths bearing their names left at their doors.",
        {"death_threat"},
    ),
    ("The journalist was sent a small coffin with her name on it.", {"death_threat"}),
    # incitement: a call to violence named as a noun
    ("The lawmaker's call to hunt down migrants drew condemnation.", {"incitement"}),
    ("Preacher's call to expel 'traitors' from Dorvi university", {"incitement"}),
    ("The deputy issued a call for violence against journalists.", {"incitement"}),
    ("He told the crowd the Orrani were a plague that must be cut out.", {"incitement"}),
    ("The commander told troops that no Orrani in Dorvi should be left standing.", {"incitement"}),
    # forced displacement: people forced out of where they live, or carried off by force
    ("Forty families were forced out of the riverside settlement.", {"forced_displacement"}),
    ("Orrani families forced out of hillside village", {"forced_displacement"}),
    (
        "Street vendors were detained and forcibly bussed to their home provinces.",
        {"detention", "forced_displacement"},
    ),
    # torture: stress positions imposed, "physical pressure", a finger laid on someone
    ("Several said they were made to stand against a wall for hours.", {"torture"}),
    ("Guards made the prisoners kneel on gravel for hours.", {"torture"}),
    ("Former detainees said they had been subjected to physical pressure.", {"torture"}),
    ("Interrogators beat Tomas Velk on the soles of his feet.", {"torture"}),
    # killing: a verdict for a beating to death, the death of a named detainee
    (
        "The court jailed two officers for beating a fruit seller to death in 2024.",
        {"killing"},
    ),
    ("The death of detainee Oskar Brenn on 2 May has not been investigated.", {"killing"}),
    ("The mission has verified the deaths of 19 of them.", {"killing"}),
    # harassment and detention: acts listed before one shared victim, reprisals on letters
    (
        "The group condemned the harassment, arrest and disbarment of lawyers.",
        {"harassment", "detention"},
    ),
    ("Guards confiscated her letters and diaries.", {"harassment"}),
    ("Police raided migrant hostels across the capital.", {"harassment"}),
    ("Police dragged the marchers into buses.", {"detention"}),
    ("They drove me to the district station and kept me there for six hours.", {"detention"}),
    # extortion: officials paid for favours in custody, a demand repeated
    ("Families described paying guards to pass on food and medicine.", {"extortion"}),
    ("Since then they have called me twice asking for more money.", {"extortion"}),
    ("An officer told her she could keep her stall for 200 calderi a week.", {"extortion"}),
    # killing: a death told as the second verb after the abuse
    (
        "A fellow prisoner collapsed after a beating in the yard and died the next day.",
        {"killing"},
    ),
    # enforced disappearance: a place the victim cannot name, nothing known of where they are
    (
        "They put a bag over my head and took me to a place I still cannot name.",
        {"enforced_disappearance"},
    ),
    (
        "Families still had no information about where the men were held.",
        {"enforced_disappearance"},
    ),
]

NOT_EVENTS: list[str] = [
    "Midfielder Pavo Ruske killed off the game with a late third goal.",
    "Three officers were finally held to account for the killing in court.",
    "A senior officer ordered staff not to leave marks.",
    "An internal inquiry found no evidence of ill-treatment.",
    "The minister's call to release the prisoners was welcomed.",
    "The chef held a knife to the bread.",
    "All persons held at the centre are treated in strict accordance with the law.",
    "Every detention was carried out in strict accordance with the law.",
    "An earlier version of this story said nine people had been killed.",
    "Varnia must halt deportations of asylum seekers, UN experts say",
    "A cousin called me asking for money.",
    "They kept us informed for days.",
    "No child should be left alone at home.",
    "He denied saying that no Orrani should be left alive.",
    "The officer told her the festival would run for 200 days.",
    "Mourners placed funeral wreaths on the grave.",
    "The family received a coffin from the morgue.",
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_event_family_is_found(sentence: str, expected: set[str]) -> None:
    assert expected <= {claim.type for claim in _events(sentence)}


@pytest.mark.parametrize("sentence", NOT_EVENTS)
def test_idiom_gives_no_event(sentence: str) -> None:
    assert [claim.type for claim in _events(sentence)] == []


def test_weapon_aimed_threatens_the_person_aimed_at() -> None:
    (claim,) = _events("A soldier pointed a rifle at the children.")
    assert (claim.type, claim.target) == ("death_threat", "the children")


def test_denied_assault_is_a_negated_torture_of_the_named_person() -> None:
    (claim,) = _events("My clients never laid a finger on Mr Oddvar.")
    assert (claim.type, claim.negated) == ("torture", True)
    assert claim.target is not None and "Oddvar" in claim.target


def test_denied_physical_pressure_is_negated() -> None:
    (claim,) = _events("No detainee at the centre has been subjected to physical pressure.")
    assert (claim.type, claim.negated) == ("torture", True)


def test_verdict_names_the_convicted_as_perpetrators() -> None:
    claims = _events("The court jailed two officers for beating a fruit seller to death.")
    (killing,) = [c for c in claims if c.type == "killing"]
    assert killing.agent == "two officers"


def test_painted_ultimatum_names_the_painters_as_threatening() -> None:
    (claim,) = _events("They painted 'Leave or die' on our gate.")
    assert (claim.type, claim.agent, claim.target) == ("death_threat", "They", None)


def test_denied_order_to_leave_is_a_negated_displacement() -> None:
    (claim,) = _events("The residents were not forced to leave, the mayor's office said.")
    assert (claim.type, claim.negated) == ("forced_displacement", True)


def test_group_called_a_disease_is_the_target_of_the_call() -> None:
    sentence = "A presenter told viewers that the Orrani were a plague that must be cut out."
    (claim,) = _events(sentence)
    assert (claim.type, claim.agent, claim.target) == ("incitement", "A presenter", "the Orrani")


def test_active_clause_after_a_passive_one_keeps_its_own_agent() -> None:
    (claim,) = _events("She was denied medical care, and guards confiscated her letters.")
    assert (claim.type, claim.agent) == ("harassment", "guards")


def test_gapped_passive_keeps_its_voice() -> None:
    claims = _events("Dozens of civilians have been killed and thousands displaced since June.")
    (displaced,) = [c for c in claims if c.type == "forced_displacement"]
    assert displaced.target == "thousands"


def test_made_to_stand_names_the_sufferer_as_target() -> None:
    (claim,) = _events("The men were made to stand against a wall for hours.")
    assert claim.target == "The men"

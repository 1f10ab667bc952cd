"""Custody wordings of the tenth round: detention, release and enforced disappearance.

Every sentence is invented (Varnia, Ostrel and their people). People named "among those
held" are held; a name followed by "who was held at …" is a person held, whatever the
tagger makes of the name; a headline's "reporter sentenced to six years" dropped its "was";
"the deprivation of liberty of Mr X", "was deprived of his liberty", "the sentencing of X to
fifteen years' imprisonment" and a call to "end the detention of" a named person all tell
of a custody; in a list broken by the parser ("the arbitrary detention, torture and enforced
disappearance of members …") the detention keeps its victims. People taken off a bus or a
minibus at a checkpoint vanish (an enforced disappearance) unless officers take them (a
detention); "held in an unacknowledged location" is a disappearance. The second list holds
look-alikes that are not claims. Sentences run through the rules alone.
"""

from __future__ import annotations

import pytest

from tests.extract.reported import rule_events_in_report as _events

# (sentence, type, target as written, negated)
FOUND: list[tuple[str, str, str | None, bool]] = [
    # named people among those held
    (
        "The Ostrel Students' Union said 14 of its members were among those rounded up.",
        "detention",
        None,
        False,
    ),
    ("Among those detained were three journalists.", "detention", "three journalists", False),
    # a name with "who was held" after it
    (
        "“We slept on the floor,” said Arman, 33, who was held at Kelm No. 2 from March to "
        "October 2024.",
        "detention",
        "Arman",
        False,
    ),
    # headlines that drop "was"
    (
        "Ostrel reporter sentenced to six years as court dismisses complaint",
        "detention",
        "Ostrel reporter",
        False,
    ),
    # the law's words for custody
    (
        "The Working Group considers that the deprivation of liberty of Mr. Dalen is arbitrary.",
        "detention",
        "Mr. Dalen",
        False,
    ),
    (
        "Ivan Sorl was deprived of his liberty for six months without charge.",
        "detention",
        "Ivan Sorl",
        False,
    ),
    (
        "The ministry said that no citizen of Varnia has been deprived of liberty outside the "
        "procedures of the law.",
        "detention",
        None,
        True,
    ),
    (
        "Strongly condemns the sentencing on 2 May 2025 of the opposition leader Tomas Vell to "
        "twelve years' imprisonment on charges of treason.",
        "detention",
        None,
        False,
    ),
    # a call to end a named person's custody says the person is held
    (
        "UN experts today urged the Varnian authorities to end the incommunicado detention of "
        "opposition leader Petar Kolm.",
        "detention",
        None,
        False,
    ),
    # a list the parser broke at "enforced"
    (
        "Strongly condemns the arbitrary detention, torture and enforced disappearance of "
        "members of the Ostvar minority in Upper Kelm;",
        "detention",
        None,
        False,
    ),
    # taken off buses on the road
    (
        "Men in black uniforms took the two brothers off a bus at a checkpoint outside Ostrel.",
        "enforced_disappearance",
        "the two brothers",
        False,
    ),
    (
        "Her son, Mart, had been pulled from a minibus at a checkpoint outside Ostrel.",
        "enforced_disappearance",
        None,
        False,
    ),
    ("My husband was taken from his bus on 2 June.", "enforced_disappearance", None, False),
    (
        "Returnees were taken off the buses by State Security officers at the bridge.",
        "detention",
        "Returnees",
        False,
    ),
    # a place of custody no one owns up to
    (
        "According to the source, he was held for 19 days in an unacknowledged location.",
        "enforced_disappearance",
        None,
        False,
    ),
]


@pytest.mark.parametrize(("sentence", "etype", "target", "negated"), FOUND)
def test_wordings_give_the_event(
    sentence: str, etype: str, target: str | None, negated: bool
) -> None:
    """Each wording gives its event, with the victim as written where one is given."""
    claims = [e for e in _events(sentence) if e.type == etype and e.negated == negated]
    assert claims, f"no {etype} in: {sentence}"
    if target is not None:
        assert target in {c.target for c in claims}, (target, [c.target for c in claims])


NOT_FOUND: list[tuple[str, str]] = [
    # "among those" that goes back to people already counted, or no custody
    ("Among those held, many said they had been beaten.", "detention"),
    ("The mayor was among those invited to the ceremony.", "detention"),
    # holds that are opinions or delays
    ("He was held in high regard by his colleagues.", "detention"),
    ("The judge, who was held in high esteem by her peers, retired.", "detention"),
    ("She was held back a year at school.", "detention"),
    ("The conference, which was held in Ostrel, ended on Friday.", "detention"),
    # the law's words said of a class, or of rights
    ("The deprivation of liberty of asylum seekers should be exceptional.", "detention"),
    (
        "Refusing to acknowledge the deprivation of liberty of a person constitutes an "
        "enforced disappearance.",
        "detention",
    ),
    ("Journalists were deprived of their freedom of expression.", "detention"),
    (
        "The Committee is concerned that persons deprived of their liberty are not registered.",
        "detention",
    ),
    ("The group urged the government to end the detention of migrants.", "detention"),
    # fines, and people helped off vehicles
    ("The sentencing of the editor to a fine of 2,000 euros drew criticism.", "detention"),
    ("The injured driver was pulled from his car after the crash.", "enforced_disappearance"),
    ("The teachers took the children off the bus at the museum.", "enforced_disappearance"),
    ("Passengers were taken off the train at the border.", "enforced_disappearance"),
    ("She took the baby from the car and ran inside.", "enforced_disappearance"),
    ("He was dropped from the squad and taken off the bus.", "enforced_disappearance"),
    # clubs release players
    (
        "Striker Oleg Pakk, who was released by Ostrel Dynamo last summer, scored twice.",
        "release",
    ),
    (
        "Dynamo, who have released three senior players this season, sit ninth in the league.",
        "release",
    ),
]


@pytest.mark.parametrize(("sentence", "etype"), NOT_FOUND)
def test_look_alikes_give_no_event(sentence: str, etype: str) -> None:
    """Look-alikes of the wordings above give no event of the type."""
    assert not [e for e in _events(sentence) if e.type == etype and not e.negated]


def test_release_of_a_journalist_still_counts() -> None:
    """The sport trap leaves custody releases alone."""
    claims = _events("The journalist Mira Holt was released on bail on Friday.")
    assert "release" in {e.type for e in claims}


def test_generic_present_is_no_custody() -> None:
    """ "No journalist is deprived of liberty for his work" tells how things are said to be,
    not of a custody denied; "no citizen has been deprived of liberty" denies one."""
    assert not [
        e
        for e in _events("No journalist in Varnia is deprived of liberty for his work.")
        if e.type == "detention"
    ]


# Hostages kept are a detention by the group holding them; hostages taken are an abduction.
HOSTAGES: list[tuple[str, str, str]] = [
    (
        "The Red Vale armed group is holding at least nine people, among them two nurses, hostage.",
        "detention",
        "at least nine people",
    ),
    (
        "The engineer, who was held hostage for five months in Ostrel, returned home on Monday.",
        "detention",
        "The engineer",
    ),
    (
        "Gunmen took three engineers hostage near the border on Monday.",
        "enforced_disappearance",
        "three engineers",
    ),
]


@pytest.mark.parametrize(("sentence", "etype", "target"), HOSTAGES)
def test_hostages_held_or_taken(sentence: str, etype: str, target: str) -> None:
    """ "holding nine people hostage" is a detention, "took three engineers hostage" an
    abduction (enforced disappearance)."""
    found = {(e.type, e.target) for e in _events(sentence) if not e.negated}
    assert any(t == etype and target in (who or "") for t, who in found)


def test_taken_and_never_returned_is_a_disappearance() -> None:
    """ "was taken … and never returned" tells a disappearance, not a release denied."""
    claims = _events(
        "Her brother Tomas was taken from the family home by state security officers "
        "in the middle of the night and never returned."
    )
    types = {e.type for e in claims}
    assert "enforced_disappearance" in types
    assert "release" not in types


def test_release_not_until_still_counts() -> None:
    """ "was not released until March" tells a release that happened."""
    claims = _events("Pavel Ost was not released until March, his lawyer said.")
    assert "release" in {e.type for e in claims}


def test_release_after_bail_still_counts() -> None:
    """ "left the country after being released on bail": the release is told, only a death
    after one ("died after being returned to their families") is its circumstance."""
    claims = _events("Irena Volk left the country after being released on bail in May.")
    assert "release" in {e.type for e in claims}


def test_count_given_keeps_the_number_held() -> None:
    """ "The number of activists held later rose to 34" gives a count of people held."""
    claims = _events("The number of activists held later rose to 34, the bar association said.")
    assert "detention" in {e.type for e in claims}


def test_stress_positions_are_torture() -> None:
    """ "held in stress positions" is a way of hurting captives, not the custody."""
    claims = _events("Guards held the prisoners in stress positions for hours, two of them said.")
    types = {e.type for e in claims}
    assert "torture" in types
    assert "detention" not in types


def test_held_in_prison_hospital_is_custody() -> None:
    """A prison hospital is custody: the care trap leaves it alone."""
    claims = _events("The prisoners were held in a hospital ward inside Kelm prison for a month.")
    assert "detention" in {e.type for e in claims}


NOT_CUSTODY: list[tuple[str, str]] = [
    # a release that did not happen, or told as the circumstance of a death
    ("Dario Venn had not been released by Friday afternoon, his law firm said.", "release"),
    ("Two of the men died after being returned to their families.", "release"),
    # impunity, not a release
    ('"They killed my son and now they walk free," she said.', "release"),
    ("The men who beat him still walk free.", "release"),
    # medical care
    (
        "Around 30 farm workers were kept in quarantine for two days and then allowed to go home.",
        "release",
    ),
    ("Eleven of the patients are being held in isolation wards at Ostrel General.", "detention"),
    # the law's words, not an act
    ("Taking hostages is a war crime under international law.", "enforced_disappearance"),
    # custody told before, a count not given, the content of a demand
    ("None of the men held there were brought before a judge.", "detention"),
    ("The number of men detained is higher than we were able to establish at first.", "detention"),
    ("We urge Varnia to release anyone who remains detained without legal basis.", "detention"),
]


@pytest.mark.parametrize(("sentence", "etype"), NOT_CUSTODY)
def test_not_custody(sentence: str, etype: str) -> None:
    """Custody words in another sense give no event of the type."""
    assert not [e for e in _events(sentence) if e.type == etype and not e.negated]


MORE_FOUND: list[tuple[str, str]] = [
    ("He had been kept chained by the ankle in a cave for two months.", "detention"),
    ("They kept us handcuffed in the basement for three days.", "detention"),
    ("Her father collected him from the barracks the next morning.", "release"),
    ("Some of the men arrested with me have never been seen again.", "enforced_disappearance"),
    (
        "The hostages are being held in harsh conditions in the mountains, relatives said.",
        "detention",
    ),
]


@pytest.mark.parametrize(("sentence", "etype"), MORE_FOUND)
def test_more_custody_wordings(sentence: str, etype: str) -> None:
    """Captives kept bound, fetched from custody by kin, never seen again, kept hostage."""
    assert [e for e in _events(sentence) if e.type == etype and not e.negated]


MORE_NOT_FOUND: list[tuple[str, str]] = [
    ("The dog was kept chained in the yard.", "detention"),
    ("She collected the documents from the prison office.", "release"),
    ('"I don\'t know if that man is alive," the witness said.', "enforced_disappearance"),
]


@pytest.mark.parametrize(("sentence", "etype"), MORE_NOT_FOUND)
def test_more_look_alikes(sentence: str, etype: str) -> None:
    """A dog chained, papers collected, a witness's fear for a stranger: no custody claim."""
    assert not [e for e in _events(sentence) if e.type == etype and not e.negated]

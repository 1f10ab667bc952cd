"""Event wordings of the tenth round for the acts other than custody.

Every sentence is invented (Varnia, Ostrel and their people). A funeral wreath found or
received, or a bullet sent in an envelope, threatens death; a verb "called for violence
against" a group incites; money demanded by anonymous calls, or "between 200 and 500" of a
currency, is extortion; refugees returned to another country, people forced back across a
border, and a departure "with what we could carry" are forced displacement; repeated police
visits to a home harass; a death "in the attack" and an attack that "left 12 people dead"
are killings; questioning told beside torture or threats is part of the abuse. The second
list holds look-alikes that are not claims. Sentences run through the rules alone.
"""

from __future__ import annotations

import pytest

from tests.extract.reported import rule_events_in_report as _events

# (sentence, type, target as written, negated)
FOUND: list[tuple[str, str, str | None, bool]] = [
    # emblems of death sent to the living
    (
        "The lawyer Ivo Brenn found a funeral wreath bearing his name on the door of his office.",
        "death_threat",
        "The lawyer Ivo Brenn",
        False,
    ),
    (
        "Editor Mara Tisk of the weekly Ostrel Post received a funeral wreath.",
        "death_threat",
        None,
        False,
    ),
    ("She found a bullet wrapped in a copy of her newspaper.", "death_threat", "She", False),
    ("The reporter received a bullet in an envelope.", "death_threat", "The reporter", False),
    # a call for violence told by the verb
    ("The deputy called for violence against the Sarvi minority.", "incitement", None, False),
    ("He said he had never called for violence against anyone.", "incitement", None, True),
    (
        "The ministry said the deputy at no time called for violence against anyone.",
        "incitement",
        None,
        True,
    ),
    (
        "A radio station was calling for people to be driven from their homes.",
        "incitement",
        "people",
        False,
    ),
    (
        "The station began broadcasting calls for Suvari squatters to be driven back across the "
        "border.",
        "incitement",
        None,
        False,
    ),
    # money demanded
    (
        "Ilsa Morn's family has since received anonymous calls demanding 4,000 lira.",
        "extortion",
        None,
        False,
    ),
    (
        "Officers demanded between 200 and 500 kesar from at least three detainees.",
        "extortion",
        "at least three detainees",
        False,
    ),
    ("My uncle paid a police officer 4,000 lev.", "extortion", "My uncle", False),
    ("We paid the guards 500 euros so that we could see him.", "extortion", "We", False),
    # people sent back across a border, or fleeing with what they could carry
    (
        "The State party returned at least 60 asylum seekers to neighbouring Ostrel.",
        "forced_displacement",
        "at least 60 asylum seekers",
        False,
    ),
    (
        "Border guards forced the migrants back across the border.",
        "forced_displacement",
        "the migrants",
        False,
    ),
    (
        "Soldiers forced them back across the river into Ostrel.",
        "forced_displacement",
        "them",
        False,
    ),
    ("They told us to take what we could carry and go.", "forced_displacement", "us", False),
    (
        "We left the village the next day with what we could carry.",
        "forced_displacement",
        "We",
        False,
    ),
    # police who keep coming to a home
    (
        "Police came to our apartment three times at night and searched everything.",
        "harassment",
        None,
        False,
    ),
    ("The police kept coming to our house.", "harassment", None, False),
    (
        "Two officers came to my work and told my boss what I do at night.",
        "harassment",
        None,
        False,
    ),
    # instruments put on a body, and prices named for a captive's freedom
    ("They put a plastic bag over my head until I passed out.", "torture", None, False),
    ("Guards attached electric wires to his genitals.", "torture", None, False),
    ("An officer held a lighter to her hair during questioning.", "torture", None, False),
    (
        "The officer told Rina Vask that her husband could be freed in exchange for 1,500 crowns.",
        "extortion",
        None,
        False,
    ),
    ("A man said that for 5,000 dinars he could arrange his release.", "extortion", None, False),
    (
        "A guard told my mother it would cost 3,000 tarv for the file to be closed.",
        "extortion",
        "my mother",
        False,
    ),
    # death threats a flight is told as following, and exile imposed
    ("The editor left Varnia in May after death threats.", "death_threat", "The editor", False),
    ("The editor left Varnia in May after death threats.", "forced_displacement", None, False),
    (
        "Ostrel Post editor forced into exile after death threats",
        "forced_displacement",
        None,
        False,
    ),
    ("The regime drove hundreds of dissidents into exile.", "forced_displacement", None, False),
    # phones gone through, homes branded
    ("An officer went through my phone and photographed every contact.", "harassment", None, False),
    (
        'Someone painted the word "TRAITOR" on the front door of her house.',
        "harassment",
        None,
        False,
    ),
    # deaths in violence
    ("Seventeen people died in the attack on the market.", "killing", "Seventeen people", False),
    ("Two children died during the crackdown.", "killing", "Two children", False),
    ("The raid left 12 people dead.", "killing", "12 people", False),
]


@pytest.mark.parametrize(("sentence", "etype", "target", "negated"), FOUND)
def test_wordings_give_the_event(
    sentence: str, etype: str, target: str | None, negated: bool
) -> None:
    """Each wording gives its event, asserted or denied as the sentence tells it."""
    claims = [e for e in _events(sentence) if e.type == etype and e.negated == negated]
    assert claims, f"no {etype} (negated={negated}) in: {sentence}"
    if target is not None:
        assert target in {c.target for c in claims}, [c.target for c in claims]


# (sentence, type that must not be found)
NOT_FOUND: list[tuple[str, str]] = [
    # wreaths of mourning and bullets as evidence
    ("The family received funeral wreaths from neighbours.", "death_threat"),
    ("The minister laid a wreath at the memorial.", "death_threat"),
    ("Investigators found a bullet at the scene.", "death_threat"),
    ("Police found a bullet in the car.", "death_threat"),
    ("The soldier was hit by a bullet.", "death_threat"),
    # calls that are diplomacy or against violence
    ("The opposition called for the expulsion of the ambassador.", "incitement"),
    ("The UN called for an end to violence against women.", "incitement"),
    ("The mayor called for calm after violence against migrants.", "incitement"),
    ("The union called for the minister to be thrown out of office.", "incitement"),
    ("The council called for cars to be driven slowly through the village.", "incitement"),
    # sums that are no price, and messages that ask nothing of a captive's family
    ("The union demanded between 5 and 10 percent more pay.", "extortion"),
    ("Officers stood between 200 and 500 metres from the crowd.", "extortion"),
    ("The ministry paid police officers 4,000 lev in bonuses.", "extortion"),
    ("My father paid the officer a fine of 200 euros.", "extortion"),
    ("I paid the officer 50 euros for the parking ticket.", "extortion"),
    ("She paid the plumber 300 euros.", "extortion"),
    # returns of one's own accord, and crowds pushed back in a square
    ("Thousands of refugees have returned to their villages.", "forced_displacement"),
    ("Refugees returned to Ostrel after the ceasefire.", "forced_displacement"),
    ("The agency returned the documents to Ostrel.", "forced_displacement"),
    ("Police drove the protesters back to the station.", "forced_displacement"),
    ("He left the shop with what he could carry.", "forced_displacement"),
    ("We left at noon.", "forced_displacement"),
    # visits that bring news, inspect, or arrest
    ("Police came to our house to tell us he had died.", "harassment"),
    ("Police came to his shop again to ask for the licence.", "harassment"),
    ("Police came to our house and arrested my son.", "harassment"),
    ("Police came to the scene three times.", "harassment"),
    # departures after other things, governments in exile
    ("The editor left Varnia in May after the election.", "death_threat"),
    ("She left the party after threats of expulsion.", "death_threat"),
    ("The government in exile met in Ostrel.", "forced_displacement"),
    # hoods in an abduction, care, trade
    ("They put bags over our heads and drove us to a place we did not know.", "torture"),
    ("She put a bag over her head to keep off the rain.", "torture"),
    ("The nurse attached wires to his fingers to monitor his pulse.", "torture"),
    ("He held a lighter to the candle.", "torture"),
    ("The dealer told her the car could be delivered in exchange for 1,500 crowns.", "extortion"),
    ("A man said that for 5,000 dinars he could sell us his car.", "extortion"),
    ("The officer said the repairs would cost 300 euros.", "extortion"),
    (
        "The officer told reporters it would cost 3 million euros to rebuild the station.",
        "extortion",
    ),
    # one's own phone, murals, paint jobs
    ("I went through my phone to find the number.", "harassment"),
    ("Children painted a mural on the wall of the school.", "harassment"),
    ("He painted the door of his house blue.", "harassment"),
    # deaths in accidents, survivors left for dead, idioms
    ("He died in a car accident.", "killing"),
    ("He died in a heart attack.", "killing"),
    ("Three people died in the fire.", "killing"),
    ("The festival left the fans dead tired.", "killing"),
    # questioning told beside torture is part of it
    (
        "He said guards beat him with pipes and applied electric shocks to his feet while "
        "questioning him about relatives abroad.",
        "harassment",
    ),
    (
        "Interrogators questioned her about the names of doctors, and when she refused to "
        "answer, one of them held a pistol to her temple.",
        "harassment",
    ),
]


@pytest.mark.parametrize(("sentence", "etype"), NOT_FOUND)
def test_look_alikes_give_no_event(sentence: str, etype: str) -> None:
    """Look-alikes of the wordings above give no event of the type."""
    assert not [e for e in _events(sentence) if e.type == etype and not e.negated]


def test_left_for_dead_is_no_killing() -> None:
    """ "beaten and left for dead" tells of a survivor: the beating, no killing."""
    types = {e.type for e in _events("He was beaten by guards and left for dead.")}
    assert "killing" not in types

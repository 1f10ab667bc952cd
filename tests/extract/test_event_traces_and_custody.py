"""Event wordings of the eighth round: torture told by its traces, custody learned of or denied.

Every sentence is invented (Varnia, its towns and people). Torture is told by the traces of a
method on a body ("cigarette burns", "ligature marks", "marks of electric shocks"); a title
with a custody participle and a name ("the jailed editor Ruta Lenk") asserts that she is
held; a person found in a place of custody is held; a custody denied by an authority, or to
a family, is a negated detention; an order to leave reported as what people "should" do is
forced displacement; people pushed into police buses are arrested, not expelled; a capture
in a sentence that tells a disappearance is part of it; an inquiry into an act named only by
a pronoun ("into his death") refers back. The second list holds look-alikes that are not
claims. Sentences run through the rules alone.
"""

from __future__ import annotations

import pytest

from tests.extract.reported import rule_events_in_report as _events

# (sentence, type, target as written, negated)
FOUND: list[tuple[str, str, str, bool]] = [
    # torture told by its traces
    ("He had cigarette burns on his neck when his sister saw him.", "torture", "He", False),
    (
        "Oskar Vell was left by a road outside Dorsk with cigarette burns on his hands.",
        "torture",
        "Oskar Vell",
        False,
    ),
    (
        "The autopsy found that Ilse Marn's ankles bore ligature marks.",
        "torture",
        "Ilse Marn",
        False,
    ),
    (
        "The teacher's body was recovered from a quarry with marks of electric shocks on the back.",
        "torture",
        "teacher",
        False,
    ),
    # a custody participle on a named person
    (
        "Students carried photographs of the imprisoned poets Aleks Varo and Mira Tenn.",
        "detention",
        "Aleks Varo and Mira Tenn",
        False,
    ),
    ("Lawyers for detained editor Ruta Lenk filed an appeal.", "detention", "Ruta Lenk", False),
    # found in a place of custody
    (
        "The missing blogger Petra Lind has been located in a pre-trial detention centre in Kelsk.",
        "detention",
        "Petra Lind",
        False,
    ),
    (
        "A farmer who vanished in May turned up on Monday in the prison at Dorsk.",
        "detention",
        "A farmer",
        False,
    ),
    # custody denied
    ("The Interior Ministry does not hold Mr Talvi.", "detention", "Mr Talvi", True),
    (
        "On 2 May the wife of Ivo Marsh was told by a military prosecutor that he was not being "
        "held anywhere in Varnia.",
        "detention",
        "",
        True,
    ),
    # an order to leave told as what people should do
    (
        "Villagers were told by soldiers that they should leave the country while they could.",
        "forced_displacement",
        "Villagers",
        False,
    ),
    (
        "An official told the Roma families that they must go back to Tavenia.",
        "forced_displacement",
        "the Roma families",
        False,
    ),
    # pushed into police vehicles: an arrest
    (
        "Witnesses saw about twenty students being pushed into police buses.",
        "detention",
        "students",
        False,
    ),
    # a person of any trade, given an age
    ("A 23-year-old baker in Kelsk was held for three days.", "detention", "baker", False),
    # a captive given back to, or got back by, the family
    ("The kidnappers gave my daughter back to me after a month.", "release", "daughter", False),
    ("The Lorens paid, and got their son back two days later.", "release", "their son", False),
    # the dead counted by their remains
    ("The remains of four missing miners have been found near Tavn.", "killing", "miners", False),
    (
        "The number of bodies recovered from the lake has risen to nine.",
        "killing",
        "bodies",
        False,
    ),
    # sleep deprivation, violence people are subjected to, blows to parts of the body
    ("She was deprived of sleep for four nights.", "torture", "She", False),
    (
        "He was questioned for two days without being allowed to sleep.",
        "torture",
        "He",
        False,
    ),
    ("Several marchers were subjected to violence by police.", "torture", "marchers", False),
    ("No prisoner has been subjected to violence.", "torture", "prisoner", True),
    ("The guards beat the soles of my feet with a rod.", "torture", "my", False),
    # the stock denial of political prisoners, and claims called groundless
    ("There are no political prisoners in Varnia.", "detention", "political prisoners", True),
    (
        'Allegations that Varnia holds "political prisoners" are baseless.',
        "detention",
        "political prisoners",
        True,
    ),
    # handed over to an authority that holds people
    (
        "Miners who refused to sign were handed over to the security service.",
        "detention",
        "Miners",
        False,
    ),
    # named as among those held
    (
        "Nela Brod, a nurse who was among those detained overnight, said the cells were full.",
        "detention",
        "a nurse",
        False,
    ),
    ("Among those arrested was the cartoonist Oto Pell.", "detention", "Oto Pell", False),
    # a double surname the tagger takes for a firm
    ("Soldiers detained Marta Oller-Vance at the market.", "detention", "Oller-Vance", False),
    # "every night" is a time, not a class of people
    ("His mother paid the guards every night he was held.", "detention", "he", False),
    # a background clause with detail of its own tells the act anew
    (
        "Ivo Marsh was freed in June, a month after he was detained at a rally in Kelsk.",
        "detention",
        "he",
        False,
    ),
]


@pytest.mark.parametrize(("sentence", "etype", "target", "negated"), FOUND)
def test_wordings_give_the_event(sentence: str, etype: str, target: str, negated: bool) -> None:
    """Each wording gives its event, with its victims and its negation."""
    events = [e for e in _events(sentence) if e.type == etype]
    assert events, f"no {etype} in {sentence!r}"
    assert any(e.negated == negated for e in events)
    assert any(target in (e.target or "") for e in events), [e.target for e in events]


NOT_FOUND: list[tuple[str, str]] = [
    # injuries with no method, and traces denied
    ("The doctor found no signs of torture on his body.", "torture"),
    ("He was taken to hospital with burns on his hands after the fire.", "torture"),
    # a custody participle without a name refers back to people already reported
    ("The detained activists were moved to another prison.", "detention"),
    # things found in a prison, and people who do not hold others
    ("The missing files were found in a prison archive.", "detention"),
    ("Voters do not hold politicians in high regard.", "detention"),
    # orders that are not expulsions
    ("The teacher told the pupils that they should go home early.", "forced_displacement"),
    ("The manager told the strikers that they should go back to work.", "forced_displacement"),
    ("She told me that I should leave the meeting.", "forced_displacement"),
    # loaded onto buses of the police is custody, not an expulsion
    ("Witnesses saw about twenty students being pushed into police buses.", "forced_displacement"),
    # a capture within a disappearance is the disappearance
    (
        "Two members who were seized with him on 1 March are still unaccounted for.",
        "detention",
    ),
    # an age of a thing, a thing given back, remains of a building, a region, a purpose
    ("Police seized a 300-year-old manuscript from the library.", "detention"),
    ("The clerk gave him back his passport.", "release"),
    ("Families should not have to pay to get their sons back.", "release"),
    ("The remains of a medieval chapel were found under the square.", "killing"),
    ("The region was subjected to violence for decades.", "torture"),
    ("The prisoners were deprived of liberty.", "torture"),
    # a bare background clause refers back to an act already told
    ("After I was released I moved in with my sister.", "release"),
    ("When he was arrested, his mother was in Kelsk.", "detention"),
    ("When I was in detention the guards took my shoes.", "detention"),
    ("Since Mr Varga's arrest, four of his colleagues have left the paper.", "detention"),
    ("The seized documents were handed over to the police.", "detention"),
    ("They are among those arrested.", "detention"),
    # the law's reminder about an act done to anyone
    (
        "The rapporteur recalled that the deportation of a minority may amount to a war crime.",
        "forced_displacement",
    ),
    # a class of people, and flight from nature
    ("Any detainee who says he has been beaten can see a doctor.", "torture"),
    (
        "Hundreds of families were forced to leave their homes after the floods.",
        "forced_displacement",
    ),
    ("The storm hit the coast, uprooting trees along the harbour road.", "forced_displacement"),
    # an inquiry into an act already told
    ("Open an independent investigation into his ill-treatment without delay.", "torture"),
    ("The rapporteur called for an independent investigation into his death.", "killing"),
    ("We call for a prompt inquiry into her ill-treatment.", "torture"),
]


@pytest.mark.parametrize(("sentence", "etype"), NOT_FOUND)
def test_look_alikes_give_no_event(sentence: str, etype: str) -> None:
    """Look-alikes of the wordings above give no event of the type."""
    assert not [e for e in _events(sentence) if e.type == etype and not e.negated]


def test_a_denial_to_the_family_is_the_negated_custody() -> None:
    """A custody denied to the family gives the negated detention beside the disappearance."""
    sentence = "Her brother was told by police that she was not being held at any station."
    types = {(e.type, e.negated) for e in _events(sentence)}
    assert ("detention", True) in types


def test_a_habit_of_denial_names_no_one() -> None:
    """ "every time they are told that their relatives are not being held" is told of families
    in general: no negated detention."""
    sentence = "Every time they are told that their relatives are not being held."
    assert not [e for e in _events(sentence) if e.type == "detention"]


def test_a_counted_act_in_a_legal_reminder_is_reported() -> None:
    """ "The killing of 14 villagers may amount to a war crime" counts and reports its victims."""
    sentence = "The killing of 14 farmers in Dorsk may amount to a war crime."
    assert [e for e in _events(sentence) if e.type == "killing"]


def test_an_inquiry_into_a_named_killing_tells_it() -> None:
    """An inquiry asked for into the killing of named or counted victims still tells it."""
    sentence = "The envoy called for an inquiry into the killing of nine farmers in Dorsk."
    assert [e for e in _events(sentence) if e.type == "killing"]


def test_holding_the_abducted_is_the_captivity() -> None:
    """ "seized X, held him for a week and demanded a ransom": one abduction, no arrest."""
    sentence = (
        "The court found that the officers seized Pavel Orr at a checkpoint, held him for a "
        "week in a garage and demanded 90,000 korun from his brother."
    )
    types = {e.type for e in _events(sentence)}
    assert "enforced_disappearance" in types
    assert "detention" not in types

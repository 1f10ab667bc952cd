"""Threats, ransoms, calls to expel and disappearances in more of the ways reports word them.

Every sentence is invented (Varnia, its towns and people). The found list covers a death
promised in the place where bodies end up ("would be next in the ravine"), or to someone
other than the one told ("told the mothers their sons would not be seen again"); "we can
kill you" said to the victim; a picture of a living person's own grave sent or received; a
price a captor tells a family it will have to pay; a sum paid to a gang or collected from
crews; a levy whose name the writer puts in scare quotes (a weekly "rent", "road fees"); a
call that a group "should be made to leave"; custody held "without acknowledgement"; and a
family left without news. The second list holds look-alikes: an authority saying it knows
nothing of someone (a denial, not a disappearance), the missing named as a class inside a
demand ("all those who remain missing"), custody incommunicado or without charge (a
detention only), graves of the dead, a minister's forecast of what farmers must pay, rents,
fines and a council's fees, "next in line", things not seen again. The rules are measured
alone (`supplement=None`).
"""

from __future__ import annotations

import pytest

from tests.extract.reported import assert_rule_event
from tests.extract.reported import rule_events_in_report as _events

# (sentence, type, target as written or None when any target will do)
FOUND: list[tuple[str, str, str | None]] = [
    # a death promised by where the body will be, or to someone other than the one told
    (
        "Militiamen warned the baker Oren Lisk that he would be next in the ravine if he "
        "spoke to reporters.",
        "death_threat",
        "the baker Oren Lisk",
    ),
    (
        "The families were told that their sons would not be seen again.",
        "death_threat",
        "their sons",
    ),
    (
        "Officers warned Mira Vell that her younger brother would end up in the river if she "
        "kept talking.",
        "death_threat",
        "her younger brother",
    ),
    (
        '"We can kill you tonight," the interrogator told the teacher Anna Brel.',
        "death_threat",
        None,
    ),
    # the picture of a living person's own grave
    (
        "The lawyer Petra Saul received a photograph of her own grave in the post.",
        "death_threat",
        "The lawyer Petra Saul",
    ),
    ("Unknown men sent the editor a picture of his own grave.", "death_threat", "the editor"),
    # a price told to a family, paid to a gang, collected from crews
    (
        "The commander told me that my family would have to pay 8,000 dollars.",
        "extortion",
        "my family",
    ),
    (
        "The boy came home on Sunday, when his parents paid the gang 30,000 pesos.",
        "extortion",
        None,
    ),
    (
        "Armed men collect 500 pesos a week from taxi crews in the district.",
        "extortion",
        "taxi crews",
    ),
    # a levy in scare quotes, set by those with guns or paid to them
    (
        'Militia commanders charge truck drivers "road fees" at every checkpoint.',
        "extortion",
        "truck drivers",
    ),
    (
        'Traders say the Black Dogs collect a monthly "donation" from every shop.',
        "extortion",
        "every shop",
    ),
    (
        'The fisherman was beaten for refusing to pay the gang its weekly "toll".',
        "extortion",
        None,
    ),
    # a call that a group be made to go
    (
        "The presenter said that the Orlin families should be made to leave the country.",
        "incitement",
        "the Orlin families",
    ),
    # custody that those holding the person do not admit
    (
        "The activist Jonas Vell has been held by the security service without acknowledgement "
        "since May.",
        "enforced_disappearance",
        None,
    ),
    # a family without news is still a disappearance
    (
        "The family of Piet Arn has had no news of him since his arrest.",
        "enforced_disappearance",
        None,
    ),
]

# (sentence, type it must not give)
NOT_FOUND: list[tuple[str, str]] = [
    # an authority that knows nothing of a person denies; it reports no disappearance
    (
        "The Interior Ministry says it has no information about the lawyer Tomas Brel.",
        "enforced_disappearance",
    ),
    (
        "Police said they had no information about the two farmers.",
        "enforced_disappearance",
    ),
    # the missing as a class, inside a demand
    (
        "The rapporteur urged the government to disclose the fate of all those who remain missing.",
        "enforced_disappearance",
    ),
    (
        "The senator asked the army to account for every person who has disappeared in the valley.",
        "enforced_disappearance",
    ),
    # custody without visits, in a known place, and custody without charge
    (
        "The six students have been held incommunicado since their arrest in Orsk.",
        "enforced_disappearance",
    ),
    ("The driver was held without charge for three days.", "enforced_disappearance"),
    # graves of the dead, and fates that are not deaths
    ("She visits her grave in Orsk every Sunday.", "death_threat"),
    ("Relatives found his grave in a forest near the village.", "death_threat"),
    ("The guard told the prisoner that he would be next in line for a transfer.", "death_threat"),
    ("Officials told reporters that the stolen paintings would not be seen again.", "death_threat"),
    # rents, fines and levies that the law sets
    ("The landlord collects the rent from every tenant.", "extortion"),
    ('The council charges visitors a "green fee" in summer.', "extortion"),
    ('Residents pay the council a "parking fee" each year.', "extortion"),
    ("She paid a fine of 200 euros for speeding.", "extortion"),
    # a forecast of what others must pay
    (
        "The minister told reporters that farmers would have to pay 200 euros more for diesel.",
        "extortion",
    ),
    # threats named only as "the threats" refer back to threats told before
    ("Ms Varn reported the threats against her to the district police.", "death_threat"),
]


def test_the_teller_of_a_price_is_the_one_who_takes_it() -> None:
    sentence = "The guard told me that my family would have to pay 5,000 kresta for my release."
    [claim] = [c for c in _events(sentence) if c.type == "extortion"]
    assert (claim.agent, claim.target) == ("The guard", "my family")


def test_threats_named_anew_are_still_a_claim() -> None:
    sentence = "The death threats against her colleagues began in March."
    assert "death_threat" in {c.type for c in _events(sentence)}


@pytest.mark.parametrize(("sentence", "etype", "target"), FOUND)
def test_wording_gives_the_claim(sentence: str, etype: str, target: str | None) -> None:
    assert_rule_event(sentence, etype, target)


@pytest.mark.parametrize(("sentence", "etype"), NOT_FOUND)
def test_look_alike_gives_no_claim(sentence: str, etype: str) -> None:
    assert etype not in {c.type for c in _events(sentence)}

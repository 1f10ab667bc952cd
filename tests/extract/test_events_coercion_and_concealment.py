"""Event families that unseen reports told without the usual trigger words.

Every sentence is invented (Varnia, its towns and people) and varies one family at a time:
money demanded in a currency no lexicon knows or as the price of an end to captivity; harm
promised as where a body will be found or as a homecoming that will not happen; captures that
a ransom or a custody denied to the family makes abductions; absences told as "not back" or
"not heard from since"; releases told as being set down or listed among the pardoned; orders
to leave told as deadlines; and reprisals on jobs, property, websites and reporting duties.
The second list holds look-alikes that are not claims. The rules are measured alone
(`supplement=None`): a learned supplement is judged separately.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factfinder.extract import analyze
from factfinder.extract.claims import Claim

PUBLISHED = dt.date(2025, 6, 20)
CONTEXT = "Human Rights Watch documented the cases in Varnia. "


def _events(sentence: str) -> list[Claim]:
    """The rules' event claims for `sentence`, read after a report's opening sentence."""
    return [
        claim
        for claim in analyze(CONTEXT + sentence, PUBLISHED, supplement=None)
        if claim.kind == "event" and sentence[:30] in claim.sentence
    ]


FOUND: list[tuple[str, set[str]]] = [
    # extortion: a price set on freedom or on an end to a case, in any currency
    ("A police captain told his wife that he would be freed for 3,000 lotars.", {"extortion"}),
    ("Detainees were locked in the yard until their families paid.", {"extortion"}),
    ("Visits were refused unless the prisoners paid for them.", {"extortion"}),
    (
        "An inspector said the file could be closed if the family brought 900 lotars.",
        {"extortion"},
    ),
    ("Nine traders said they had been asked for money by tax inspectors.", {"extortion"}),
    ("Bus drivers said they paid 40 lotars each to get through roadblocks.", {"extortion"}),
    ("The officers wanted the widow to pay them for closing the file.", {"extortion"}),
    ("The brigade kept two engineers for ransom.", {"extortion"}),
    ("Each family received a demand for money a week later.", {"extortion"}),
    # death threats: a body's place, a homecoming that will not come, a fate made plain
    ("A jailer told the inmate he would go out in a body bag.", {"death_threat"}),
    ("The caller told Dana that her brother would be pulled out of the lake.", {"death_threat"}),
    ("Masked men told the editor that he would not be coming home to his wife.", {"death_threat"}),
    ("Fighters warned the herders that they would not see the spring.", {"death_threat"}),
    (
        "Posters warned that any family still in Dorvi by Friday will leave horizontally.",
        {"death_threat"},
    ),
    ("The gunmen made it clear what would happen to anyone who testified.", {"death_threat"}),
    ("The soldiers left no doubt what would happen to families who stayed.", {"death_threat"}),
    # enforced disappearance: captures made abductions by their sequel, absences
    (
        "Gunmen seized four shepherds near Kelsk and held them for ransom.",
        {"enforced_disappearance", "extortion"},
    ),
    (
        "The students were taken away by soldiers, and the garrison later told their parents "
        "that the students were not in its custody.",
        {"enforced_disappearance"},
    ),
    ("Her two cousins have not come back since the raid.", {"enforced_disappearance"}),
    ("We have not heard from my father since that night.", {"enforced_disappearance"}),
    (
        "Their mothers have not been able to find out where the boys were taken.",
        {"enforced_disappearance"},
    ),
    ("URGENT ACTION: FEARS FOR ABDUCTED UNION LEADER IN KELSK", {"enforced_disappearance"}),
    # release: let go, set down by captors, named among the pardoned
    ("The nurse was questioned overnight before being let go.", {"release"}),
    ("Two days later the kidnappers dropped the boy at the edge of Kelsk.", {"release"}),
    ("Among those amnestied are the poet Ilse Varn and six students.", {"release"}),
    # forced displacement: deadlines to be gone or to gather one's things
    ("Soldiers gave the tenants five minutes to gather their belongings.", {"forced_displacement"}),
    ("Every household was given one night to leave.", {"forced_displacement"}),
    (
        "The militia told the villagers that they had until dawn to be gone.",
        {"forced_displacement"},
    ),
    ("Guards forced about sixty asylum seekers onto coaches at the camp.", {"forced_displacement"}),
    ("The families were put on a lorry back to the frontier.", {"forced_displacement"}),
    ("The mission spoke to 120 displaced herders in Kelsk.", {"forced_displacement"}),
    # detention: held by captors in a place that is no prison
    ("On the far bank the soldiers kept us in a field for three days.", {"detention"}),
    ("The kidnappers kept him in a pit.", {"detention"}),
    # harassment: reprisals on work, property, websites, and duties to report
    ("The reporter was ordered to report to the police every Friday.", {"harassment"}),
    (
        "Three nurses have been told they would lose their posts if they kept talking.",
        {"harassment"},
    ),
    ("A nurse was sacked after speaking to foreign journalists.", {"harassment"}),
    ("The council suspended three teachers after they joined the strike.", {"harassment"}),
    ("After they refused, their barn was set on fire.", {"harassment"}),
    ("The union's website has been hacked twice.", {"harassment"}),
    ("The flyers listed the names and addresses of twelve activists.", {"harassment"}),
    ("The rapporteur denounced a campaign of harassment against judges.", {"harassment"}),
]

NOT_EVENTS = [
    "The fund supports the families of the disappeared.",
    "(b) Publicly condemn all calls for violence against the Orrani;",
    "The clerk told him he would be paid if he finished the report.",
    "The pilgrims were put on a coach to the shrine.",
    "Aid finally reached the displaced.",
    "We kept the old chairs in a cellar for a week.",
    "The bus dropped the pilgrims at the edge of the old town.",
    "The striker had threatened to quit if the club sold him.",
    "Dorvi Rovers thrashed Kelsk City 4-0 on Saturday.",
    "A ferryman took them across the river for all the cash they had.",
    "The factory dismissed 300 workers after the merger.",
    "The guide told them they would cross the river at night.",
    "Economists warned that the migrants will not go home this year.",
    "The judge told him he would not be going home today.",
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_event_family_is_found(sentence: str, expected: set[str]) -> None:
    assert expected <= {claim.type for claim in _events(sentence)}


@pytest.mark.parametrize("sentence", NOT_EVENTS)
def test_look_alike_gives_no_event(sentence: str) -> None:
    assert [claim.type for claim in _events(sentence)] == []


def test_passive_request_for_money_names_the_officials_as_extorting() -> None:
    (claim,) = _events("Nine traders said they had been asked for money by tax inspectors.")
    assert (claim.type, claim.agent) == ("extortion", "tax inspectors")


def test_payment_reported_by_the_payers_has_no_payee() -> None:
    (claim,) = _events("Bus drivers said they paid 40 lotars each to get through roadblocks.")
    assert (claim.type, claim.agent) == ("extortion", None)


def test_denied_holding_for_money_is_a_negated_extortion() -> None:
    (claim,) = _events("The brigade has never held anyone for money.")
    assert (claim.type, claim.negated) == ("extortion", True)


def test_fate_made_plain_targets_those_it_was_made_plain_to() -> None:
    (claim,) = _events("The gunmen made it clear what would happen to anyone who testified.")
    assert (claim.agent, claim.target) == ("The gunmen", "anyone who testified")


def test_deadline_told_to_families_names_them_and_the_teller() -> None:
    (claim,) = _events("The militia told the villagers that they had until dawn to be gone.")
    assert (claim.agent, claim.target) == ("The militia", "the villagers")


def test_capture_without_a_sequel_stays_a_detention() -> None:
    types = {claim.type for claim in _events("Police arrested four students and took them away.")}
    assert "enforced_disappearance" not in types


def test_holding_for_ransom_is_both_the_captivity_and_its_price() -> None:
    types = {claim.type for claim in _events("Smugglers kept nine migrants for ransom in a barn.")}
    assert {"detention", "extortion"} <= types


def test_described_victims_are_read_whole() -> None:
    (claim,) = _events("The mission spoke to 120 displaced herders in Kelsk.")
    assert claim.target == "120 displaced herders"

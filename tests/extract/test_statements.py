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


# Rebuttals phrase a denial in many ways besides "deny": each family below is one general
# pattern (a cause of death given by the accused, innocence, twisted words, no record of a
# person, a universal "no one has been …" in the present), with wording of its own.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The prison governor told the family that their son had taken his own life.",
            "The prison governor",
        ),
        (
            "Relatives were informed by the camp administration that the detainee had ended "
            "his own life.",
            "the camp administration",
        ),
        ("A defence lawyer, Orin Vale, said the three officers were innocent.", "Orin Vale"),
        ('"We never laid a finger on those students," the commander said.', "the commander"),
        (
            "The district prosecutor told his wife that he was not in the custody of any state "
            "agency.",
            "The district prosecutor",
        ),
        ("The senator said her remarks had been taken out of context.", "The senator"),
        ("The mayor told reporters he had been misquoted.", "The mayor"),
        ("The preacher said he had never called for attacks on anyone.", "The preacher"),
        (
            "A police spokeswoman, Dara Quill, said she had no information about the missing "
            "reporter.",
            "Dara Quill",
        ),
        ("The duty sergeant told them there was no record of their brother.", "The duty sergeant"),
        ('"That is a lie," the governor\'s spokesman said.', "the governor's spokesman"),
        (
            "The Defence Ministry rejects in the strongest terms the allegations published by "
            "the newspaper.",
            "The Defence Ministry",
        ),
        (
            "The regional prosecutor rejected the complaint filed by the families.",
            "The regional prosecutor",
        ),
        (
            '"All arrests were made on the basis of warrants issued by a court," the ministry '
            "said.",
            "the ministry",
        ),
        (
            "The council said the families had been relocated; the mayor said all evictions had "
            "been carried out in accordance with the law.",
            "the mayor",
        ),
        (
            "A spokesman for the interior ministry, Teo Brand, said 20 people had been detained "
            "and denied that officers had used batons.",
            "Teo Brand",
        ),
    ],
)
def test_rebuttals_in_other_words_are_denials_by_their_speaker(text: str, speaker: str) -> None:
    claim = only(text, "deny")
    assert claim.agent is not None and speaker in claim.agent


@pytest.mark.parametrize(
    "text",
    [
        "No prisoner in Tarvel has been tortured or ill-treated.",
        "No journalist is imprisoned in our country for his work.",
    ],
)
def test_a_rebuttal_saying_no_one_suffers_the_act_is_a_denial(text: str) -> None:
    assert [c.type for c in statements(text)] == ["deny"]


@pytest.mark.parametrize(
    "text",
    [
        "No one has been arrested for the murder of the blogger.",  # culprits sought
        "No one was hurt when police dispersed the march.",  # narration in the past
        "No one has been released since the raid.",  # no release is no abuse denied
        "His mother said she had no information about his whereabouts.",  # no official
        "Their relatives are told every week that the men are not being held.",  # by no one
        "The senator denied the prisoners food.",  # withholding, not a denial
    ],
)
def test_absence_and_ignorance_that_deny_nothing_are_not_denials(text: str) -> None:
    assert "deny" not in [c.type for c in statements(text)]


def test_two_ways_of_rejecting_one_report_are_one_denial() -> None:
    claim = only(
        'The governor called the report "a fantasy" and said there were no secret prisons.',
        "deny",
    )
    assert claim.target == "the report"


# Treaty bodies and NGOs ask in recommendations, in their own voice and in nouns.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "(a) Release all persons detained for exercising their right to peaceful assembly;",
            "demand",
        ),
        ("(d) Investigate all reports of enforced disappearance.", "call_for_investigation"),
        (
            "(b) Guarantee that detainees have access to a lawyer and a doctor from the moment "
            "of arrest;",
            "call_for_investigation",
        ),
        ("Those responsible must be brought to justice.", "demand"),
        ("The perpetrators should be held to account.", "demand"),
        ("The government must release the detained reporters without delay.", "demand"),
        ("Joint statement: Tarvel must stop the abuse of migrants held at Osk", "demand"),
        (
            "The prosecutor has not answered the widow's request for an inquest.",
            "call_for_investigation",
        ),
        ("Campaigners backed the union's call for the release of the printers.", "demand"),
    ],
)
def test_recommendations_and_requests_in_other_forms(text: str, kind: str) -> None:
    assert kind in [c.type for c in statements(text)]


def test_each_requested_act_keeps_its_own_type() -> None:
    found = statements(
        "Tarvel should end the crackdown and allow independent observers access to the prisons."
    )
    assert sorted(c.type for c in found) == ["call_for_investigation", "demand"]
    found = statements(
        "The Board urges the State party to clarify the fate of the missing men and to open an "
        "inquiry into their disappearance."
    )
    assert sorted(c.type for c in found) == ["call_for_investigation", "demand"]


@pytest.mark.parametrize(
    "text",
    [
        "Detainees must be brought before a judge within 48 hours under the code.",
        "Should the authorities release him before the trial?",
        "Calls for an investigation have grown.",
        "Witnesses said soldiers had demanded 300 varks from each family at the checkpoint.",
        'A talk-show host urged his audience on Monday to "track down and punish" the strikers.',
    ],
)
def test_rules_questions_sums_and_calls_to_violence_are_not_requests(text: str) -> None:
    kinds = [c.type for c in statements(text)]
    assert "demand" not in kinds and "call_for_investigation" not in kinds


@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        (
            "The Council notes with regret that the authorities have not replied to its letters.",
            "criticize",
            "the authorities",
        ),
        (
            "The rapporteur regrets that the Government has not provided any information on the "
            "cases.",
            "criticize",
            "the Government",
        ),
        (
            '"It is outrageous that lawyers are jailed for doing their job," said Mira Tolle of '
            "the Bar Council.",
            "condemn",
            None,
        ),
        (
            "It is unacceptable that the ministry has ignored our letters, the group said.",
            "criticize",
            "the ministry",
        ),
        (
            'The journalists\' union called the sentence "a heavy blow to press freedom".',
            "condemn",
            "the sentence",
        ),
        ("The editor called the ruling an attack on free speech.", "condemn", "the ruling"),
    ],
)
def test_regret_and_judgements_of_acts_are_criticism_or_condemnation(
    text: str, kind: str, target: str | None
) -> None:
    claim = only(text, kind)
    if target is not None:
        assert claim.target == target


def test_silence_regretted_is_the_criticism_only() -> None:
    assert [c.type for c in statements("She regrets that no reply has been received.")] == [
        "criticize"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A former guard, whose name he would not give, said prisoners were beaten.",
        '"Nobody will tell us what he is charged with or where he is held," his sister said.',
        "It is not unusual for hearings to be postponed.",
    ],
)
def test_withheld_details_and_passive_accusations_are_no_statements(text: str) -> None:
    assert statements(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The Committee recommends that the State party release all persons detained for "
            "their peaceful activities.",
            "demand",
        ),
        (
            "The Committee recommends that the State party investigate all allegations of torture.",
            "call_for_investigation",
        ),
        ("Police said they had no knowledge of the arrest.", "deny"),
        ('The EU spokesperson said the sentences were "unacceptable".', "criticize"),
    ],
)
def test_treaty_body_recommendations_and_judgements_in_reported_words(text: str, kind: str) -> None:
    assert only(text, kind).agent is not None


@pytest.mark.parametrize(
    "text",
    [
        "Experts recommend that children sleep nine hours.",
        '"Holding people incommunicado is a serious crime," the experts said.',
    ],
)
def test_advice_and_general_truths_are_not_statements(text: str) -> None:
    assert statements(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police refused to discuss the case.",
        "The ministry would neither confirm nor deny the arrests.",
        "The prison service was unavailable for comment.",
        "The prosecutor declined requests for an interview.",
        "The foreign ministry has yet to make any public statement on the case.",
    ],
)
def test_more_ways_of_giving_no_answer(text: str) -> None:
    assert [c.type for c in statements(text)] == ["no_public_statement"]


@pytest.mark.parametrize(
    "text",
    [
        "The deaths must be investigated promptly and impartially, the rapporteur said.",
        "These killings must be independently investigated.",
        "It is essential that an impartial investigation be carried out, the envoy said.",
        "The experts stressed the need for a prompt and independent investigation.",
    ],
)
def test_investigations_asked_for_as_what_must_happen(text: str) -> None:
    assert [c.type for c in statements(text)] == ["call_for_investigation"]


@pytest.mark.parametrize(
    "text",
    [
        "It is important that families know the truth.",
        "It is necessary to register before the march.",
    ],
)
def test_statements_of_need_that_ask_no_one_are_not_requests(text: str) -> None:
    assert statements(text) == []


def test_force_justified_as_self_defence_is_a_denial() -> None:
    claim = only(
        'A spokesperson for the army, Colonel Ruslan Tarr, said soldiers had "acted in '
        'self-defence" and that no civilians had been targeted.',
        "deny",
    )
    assert claim.agent is not None and "Ruslan Tarr" in claim.agent


@pytest.mark.parametrize(
    "text",
    [
        '"No one was beaten; the officers acted lawfully," the colonel said.',
        '"Nobody was forced out; each household was given a flat," she said.',
        "Officers at the precinct told his wife that he was not here.",
        '"Everywhere they said: we do not have him," his sister recalled.',
        '"My client never laid a hand on the prisoner," the lawyer said.',
        '"Our troops do not fire at residential streets," a spokesman said.',
        "The governor said the clearances were lawful.",
        "The ministry replied that all expulsions had been carried out in full compliance "
        "with the law.",
        '"Nobody has been hurt because of my words," the senator wrote on Monday.',
    ],
)
def test_rebuttals_in_reported_words_are_denials(text: str) -> None:
    assert "deny" in [c.type for c in statements(text)]


@pytest.mark.parametrize(
    "text",
    [
        "No inmate of the colony has been subjected to physical pressure.",
        "No journalist in the province has received threats from the police.",
        "All persons held at the facility are treated in strict accordance with the law.",
        "Contrary to claims by foreign-funded groups, there are no political prisoners in Ardenia.",
        "Contrary to what is alleged, no protester was beaten by the police.",
    ],
)
def test_rebuttals_in_a_government_s_own_voice_are_denials(text: str) -> None:
    assert [c.type for c in statements(text)] == ["deny"]


@pytest.mark.parametrize(
    "text",
    [
        "Detainees must be treated in accordance with the law.",
        "No one has been arrested for the murder of the journalist.",
        "Ms Arlo was beaten in custody, her lawyer said.",
    ],
)
def test_demands_searches_and_accusations_are_no_rebuttals(text: str) -> None:
    assert "deny" not in [c.type for c in statements(text)]


def test_denying_wrongdoing_in_one_s_words_is_no_silence() -> None:
    claim = only('"I said nothing illegal," the deputy, Oren Vask, told reporters.', "deny")
    assert [c.type for c in statements('"I said nothing illegal," Oren Vask said.')] == ["deny"]
    assert claim.agent is not None


def test_rejecting_claims_the_parser_hangs_under_alleging_is_a_denial() -> None:
    claim = only(
        "The Ministry of Justice categorically rejects the claims published by the so-called "
        "Truth Circle on 4 May alleging that inmates at the Varn colony were tortured.",
        "deny",
    )
    assert claim.agent == "The Ministry of Justice"


def test_calling_a_killing_a_massacre_condemns_it() -> None:
    claim = only('The opposition bloc called the shelling "a massacre".', "condemn")
    assert claim.agent == "The opposition bloc"


def test_regret_at_someone_s_statement_criticises_it() -> None:
    claim = only(
        "The Embassy expresses its deep regret at the report issued on 3 May by the Special "
        "Rapporteur.",
        "criticize",
    )
    assert claim.agent == "The Embassy"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "A senator told a rally that refugees must be driven out, prompting condemnation "
            "from rights groups.",
            "condemn",
        ),
        ("The new media law drew criticism from the Press Union.", "criticize"),
    ],
)
def test_stances_an_act_draws_from_others_are_theirs(text: str, kind: str) -> None:
    claim = only(text, kind)
    assert claim.agent is not None and claim.agent.endswith(("rights groups", "Press Union"))


def test_a_demand_joined_to_a_passive_concern_is_the_speaker_s() -> None:
    claim = only(
        'The Ardenian Foreign Ministry said it was "disturbed" by the verdict and called on '
        "Valdoria to free the lawyers.",
        "demand",
    )
    assert claim.agent == "The Ardenian Foreign Ministry"


@pytest.mark.parametrize(
    "text",
    [
        '"Not a single detainee was beaten," the warden said.',
        '"Nobody was deported, the families moved because they wanted to," the governor said.',
        "All arrests in the province this year have complied fully with the Code of Procedure,"
        " the ministry said.",
        'The police chief said the figure was "inflated".',
        '"These accusations are invented by smugglers," the minister said.',
        'The ministry said it had "no information about any deportation".',
        '"These are voluntary relocations to safer housing," the governor said.',
        "The police spokesman said no trader had filed a complaint about extortion.",
        'A spokesman said there was "nothing to investigate".',
    ],
)
def test_rebuttals_in_their_many_wordings_are_denials(text: str) -> None:
    denial = only(text, "deny")
    assert denial.agent is not None


def test_a_denied_beating_told_as_not_a_single_victim_is_negated() -> None:
    text = '"Not a single detainee was beaten," the warden said.'
    [beating] = [c for c in analyze(text, PUBLISHED) if c.type == "torture"]
    assert beating.negated and beating.attributed_to == "the warden"


@pytest.mark.parametrize(
    "text",
    [
        "The prosecutor's office said it had not received a complaint.",
        "He said the tax figures were rising.",
        "He hanged himself in 2019, his sister said.",
    ],
)
def test_procedure_trends_and_a_family_s_account_are_no_denials(text: str) -> None:
    assert "deny" not in {c.type for c in statements(text)}


def test_a_call_to_ensure_two_things_is_a_demand_and_a_call_for_an_inquiry() -> None:
    text = (
        "We urge you to ensure that the charges against Lina Dorr are dropped and that the"
        " threats against her are investigated."
    )
    assert {c.type for c in statements(text)} == {"demand", "call_for_investigation"}


def test_what_a_call_asks_to_ensure_did_not_happen() -> None:
    text = "The rapporteur urged the authorities to ensure that the detainees are released."
    assert [c.type for c in analyze(text, PUBLISHED)] == ["demand"]


def test_dashed_lines_under_a_heading_are_demands_and_their_acts_are_not_told() -> None:
    text = (
        "TAKE ACTION\n"
        "- Release Maren Tolk immediately and unconditionally;\n"
        "- Reveal the fate of Ivo Tolk and free him without delay."
    )
    claims = analyze(text, PUBLISHED)
    assert [c.type for c in claims] == ["demand", "demand"]


def test_deploring_a_failure_to_condemn_criticises_the_one_who_failed() -> None:
    text = "We deplore the failure of your ministry to condemn the attacks on her."
    [claim] = statements(text)
    assert claim.type == "criticize" and claim.target == "your ministry"


def test_refusing_permission_is_no_denial() -> None:
    text = "The council denied permission for a second supermarket on the high street."
    assert statements(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'A spokesperson said that Maren Tolk "has been treated in full accordance with the law".',
        '"There is no campaign against any ethnic group in Ostland," the minister said.',
    ],
)
def test_lawful_treatment_of_a_named_detainee_and_no_campaign_are_denials(text: str) -> None:
    assert only(text, "deny").agent is not None


def test_no_campaign_against_a_habit_is_no_denial() -> None:
    assert statements("There is no campaign against smoking, the minister said.") == []


@pytest.mark.parametrize(
    "text",
    [
        "It is not essential that an impartial investigation be carried out, the minister said.",
        "It would be essential that an impartial investigation be carried out if the deaths "
        "were confirmed, the envoy said.",
        "It is not unacceptable that lawyers are questioned, the minister said.",
        "It might be unacceptable that lawyers are jailed for their work, the group said.",
    ],
)
def test_an_it_is_judgement_negated_or_hedged_states_no_demand_or_condemnation(
    text: str,
) -> None:
    """ "It is essential / unacceptable that …" is a demand or a condemnation only when said
    plainly; negated or under a modal, the speaker asks for and condemns nothing."""
    assert not [
        c for c in statements(text) if c.type in ("demand", "condemn", "call_for_investigation")
    ]


def rule_statements(text: str) -> set[str]:
    """The statement types the rules alone find (the learned model is retrained on its own)."""
    return {
        c.type
        for c in analyze(text, dt.date(2021, 3, 10), supplement=None)
        if c.kind == "statement"
    }


@pytest.mark.parametrize(
    "text",
    [
        "His parents could not raise the 6,000 lari demanded for his return.",
        "Guards had demanded 300 lari per person to let them travel on.",
        "A guard demanded 9,000 lari of the widow of a farmer in Osk.",
    ],
)
def test_a_sum_demanded_or_not_raised_is_neither_a_demand_nor_a_silence(text: str) -> None:
    assert rule_statements(text) == set()


def test_silence_told_inside_a_criticism_or_a_concern_is_that_stance_only() -> None:
    text = "The rapporteur regrets that the Government has still not provided any reply."
    assert rule_statements(text) == {"criticize"}
    text = "We are alarmed that the ministry has ignored repeated requests for information."
    assert rule_statements(text) == {"express_concern"}
    text = "The group condemned the arrests, and the ministry did not respond to a request."
    assert rule_statements(text) == {"condemn", "no_public_statement"}
    text = "The expert has raised these concerns with the Government, which has yet to reply."
    assert "no_public_statement" in rule_statements(text)


def test_refusing_to_say_where_people_are_conceals_them_and_is_no_silence() -> None:
    assert rule_statements("Relatives said officials refused to say where the men are.") == set()
    assert rule_statements("The ministry refused to comment on the arrests.") == {
        "no_public_statement"
    }


@pytest.mark.parametrize(
    "text",
    [
        "The minister said he had nothing further to add.",
        '"I have nothing to add," the spokesman said.',
        "The ministry declined to give further details.",
    ],
)
def test_nothing_to_add_and_details_declined_are_silence(text: str) -> None:
    assert rule_statements(text) == {"no_public_statement"}


def test_officials_who_know_nothing_of_a_missing_person_deny_holding_them() -> None:
    text = "Officers at the station told her they knew nothing about her son."
    assert rule_statements(text) == {"deny"}
    assert rule_statements("She said she knew nothing about the plan.") == set()

"""Who the text says asserts each claim: reporters, "according to", quotations, carried speakers."""

from __future__ import annotations

import datetime as dt

from factfinder.extract import analyze

PUBLISHED = dt.date(2021, 3, 10)


def test_reported_that() -> None:
    [claim] = analyze(
        "The Valdorian Herald reported that 30 men were detained in Korvath.", PUBLISHED
    )
    assert claim.type == "detention"
    assert claim.attributed_to == "The Valdorian Herald"
    assert claim.target == "30 men"


def test_reported_on_last_month_dates_the_claim() -> None:
    [claim] = analyze(
        "Last month, the Korvath Courier reported on 40 women being detained in two camps.",
        PUBLISHED,
    )
    assert claim.attributed_to == "the Korvath Courier"
    assert claim.when is not None
    assert (claim.when.start, claim.when.end, claim.when.precision) == (
        dt.date(2021, 2, 1),
        dt.date(2021, 2, 28),
        "month",
    )
    assert sorted((f.low, f.unit) for f in claim.counts) == [(2, "camps"), (40, "women")]


def test_according_to() -> None:
    [claim] = analyze(
        "According to Justice Watch, the activists were held incommunicado for a week.", PUBLISHED
    )
    assert claim.type == "detention"
    assert claim.attributed_to == "Justice Watch"


def test_witness_interviewed_by_a_broadcaster_keeps_the_intermediary() -> None:
    [claim] = analyze(
        "A former detainee, interviewed by Radio Ardenia last week, said guards had beaten him.",
        PUBLISHED,
    )
    assert claim.type == "torture"
    assert claim.attributed_to == "A former detainee, interviewed by Radio Ardenia"
    assert claim.target == claim.attributed_to  # "him" in his own account is the witness
    assert claim.when is None  # "last week" dates the interview, not the beating


def test_quotation_with_a_speaker_after_it() -> None:
    [claim] = analyze(
        '"They beat me with cables every night," said Ardo Venn, a student.', PUBLISHED
    )
    assert claim.type == "torture"
    assert claim.quote
    assert claim.attributed_to == "Ardo Venn, a student"
    assert claim.target == "Ardo Venn, a student"


def test_pronoun_speaker_is_carried_from_the_previous_named_speaker() -> None:
    text = (
        "Senator Ilse Marr criticised the government on Monday.\n\n"
        '"Dozens of students have been arrested and tortured," she said.\n\n'
        '"The government must demand their release."'
    )
    claims = analyze(text, PUBLISHED)
    by_type = {c.type: c for c in claims}
    assert by_type["detention"].attributed_to == "Senator Ilse Marr"
    assert by_type["torture"].quote
    assert [(f.low, f.unit) for f in by_type["detention"].counts] == [(12, "students")]
    assert by_type["demand"].agent == "Senator Ilse Marr"


def test_it_has_been_reported_is_hedged_without_a_named_source() -> None:
    [claim] = analyze("It has been reported that six journalists were detained.", PUBLISHED)
    assert claim.hedged
    assert claim.attributed_to is None


def test_claims_verb_hedges() -> None:
    [claim] = analyze("The opposition claims that police tortured 12 activists.", PUBLISHED)
    assert claim.hedged
    assert claim.attributed_to == "The opposition"


def test_an_unattributed_event_is_the_sources_own() -> None:
    [claim] = analyze("Police arrested 15 protesters in Korvath on Saturday.", PUBLISHED)
    assert claim.attributed_to is None
    assert not claim.hedged


def event_of(text: str, kind: str):  # noqa: ANN201 - a Claim
    found = [c for c in analyze(text, PUBLISHED) if c.kind == "event" and c.type == kind]
    assert len(found) == 1, [c.type for c in analyze(text, PUBLISHED)]
    return found[0]


def test_acts_in_reports_a_body_is_concerned_at_are_asserted_by_that_body() -> None:
    claim = event_of(
        "The Board is concerned at reports that students held after the strike were subjected "
        "to beatings in police custody.",
        "torture",
    )
    assert claim.attributed_to == "The Board"
    claim = event_of(
        "The rapporteur expressed alarm about allegations that two printers had been beaten "
        "in Osk.",
        "torture",
    )
    assert claim.attributed_to == "The rapporteur"


def test_reports_with_no_stance_taken_stay_unattributed() -> None:
    claim = event_of("There are reports that two students were beaten in Osk.", "torture")
    assert claim.attributed_to is None


def test_a_complaint_alleging_an_act_is_its_filers_assertion() -> None:
    claim = event_of(
        "On 9 May, lawyers for the strikers filed a complaint alleging that four of them had "
        "been beaten during questioning.",
        "torture",
    )
    assert claim.attributed_to == "lawyers for the strikers"


def test_statements_in_an_ngo_s_own_voice_are_the_publisher_s() -> None:
    text = (
        "Dispatches | Harbour Rights Watch\n\n"
        "Police in Ostrel have detained dozens of street vendors.\n\n"
        "We call on the authorities to release them.\n\n"
        "The authorities should investigate the beatings."
    )
    claims = [c for c in analyze(text, PUBLISHED) if c.kind == "statement"]
    assert claims and {c.agent for c in claims} == {"Harbour Rights Watch"}


def test_an_undersigned_coalition_speaks_as_we() -> None:
    text = (
        "Dear Minister,\n\n"
        "We, the undersigned 12 organisations, are alarmed by the arrest of two lawyers, "
        "Ivo Renk and Sara Bell."
    )
    [concern] = [c for c in analyze(text, PUBLISHED) if c.type == "express_concern"]
    assert concern.agent is not None and "the undersigned 12 organisations" in concern.agent


def test_a_wire_dateline_and_byline_are_no_publisher() -> None:
    text = (
        "By Lena Ward\n\n"
        "OSTREL, May 2 (Northwire) - The authorities should release the journalists, "
        "a lawyer said."
    )
    demands = [c for c in analyze(text, PUBLISHED) if c.type == "demand"]
    assert [c.agent for c in demands] == ["a lawyer"]


def test_she_said_skips_a_man_named_in_between() -> None:
    text = (
        "Yara Belenko was held for eleven days. Her brother, Ivan Belenko, searched every "
        "police station.\n\n"
        '"They told me that I would not come back alive," she said.'
    )
    [threat] = [c for c in analyze(text, PUBLISHED) if c.type == "death_threat"]
    assert threat.attributed_to == "Yara Belenko"


def test_an_anonymous_source_described_by_origin_is_the_later_she() -> None:
    text = (
        'Ivo Marsh said the checkpoints were new. "They called me," one mother from Ulmen '
        "told the group. She said militia members had beaten her son."
    )
    [beating] = [c for c in analyze(text, PUBLISHED) if c.type == "torture"]
    assert beating.attributed_to == "one mother from Ulmen"


def test_a_masthead_under_a_headline_signs_the_recommendations() -> None:
    text = (
        "Locked Away: Abuse in Ardenia's Prisons\nTruth Circle, May 2026\n\n"
        "Guards beat inmates at the Varn colony, former inmates said.\n\n"
        "The Ministry of Justice should investigate all allegations of torture."
    )
    [call] = [c for c in analyze(text, PUBLISHED) if c.type == "call_for_investigation"]
    assert call.agent == "Truth Circle"


def test_list_items_are_the_words_of_their_lead_in_speaker() -> None:
    text = (
        "Relatives of the detained miners told Civic Beacon that:\n"
        "\u2022 guards at the Osk colony beat the miners every night;\n"
        "\u2022 two of the men were driven away by masked officers.\n\n"
        "Police arrested a third miner on Monday."
    )
    claims = analyze(text, PUBLISHED)
    beating = next(c for c in claims if c.type == "torture")
    assert beating.attributed_to == "Relatives of the detained miners"
    assert beating.sentence.startswith("guards at the Osk colony")
    arrest = next(c for c in claims if c.type == "detention")
    assert arrest.attributed_to is None  # the list ended with the blank line


def test_according_to_as_a_lead_in_attributes_each_item() -> None:
    text = "According to the Tarvel Bar Association:\n- soldiers shot two lawyers in Brisk."
    [killing] = [c for c in analyze(text, PUBLISHED) if c.type == "killing"]
    assert killing.attributed_to == "the Tarvel Bar Association"


def test_statements_in_items_are_the_lead_in_speaker_s_not_the_last_person_named() -> None:
    text = (
        "Ombudsman Lida Varga visited the prison in May.\n\n"
        "The Ministry of Interior said:\n"
        "\u2022 the accounts of beatings were fabrications;\n"
        "\u2022 no inmate had been tortured at the facility."
    )
    claims = analyze(text, PUBLISHED)
    denials = [c for c in claims if c.type == "deny"]
    assert [d.agent for d in denials] == ["The Ministry of Interior"] * 2
    [torture] = [c for c in claims if c.type == "torture"]
    assert torture.negated and torture.attributed_to == "The Ministry of Interior"


def test_acts_listed_after_reports_a_body_is_alarmed_at_stay_that_body_s_assertion() -> None:
    text = (
        "UN experts today expressed alarm at continuing reports that people detained at "
        "roadblocks in Dorvia's northern hills are held in unofficial places of detention, "
        "denied contact with their lawyers and released only after relatives pay sums "
        "demanded by their captors."
    )
    [extortion] = [c for c in analyze(text, PUBLISHED) if c.type == "extortion"]
    assert extortion.attributed_to == "UN experts"

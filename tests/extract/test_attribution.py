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

"""Figure histories: source order, revisions, range, ACLED's conservative figure, latest."""

from __future__ import annotations

import datetime as dt

from factfinder.link.figures import figure_histories
from factfinder.store.linking import ClaimRecord


def record(
    claim_id, source_id, published, counts, sentence="…", type_="detention", **fields
) -> ClaimRecord:
    return ClaimRecord(
        id=claim_id,
        source_id=source_id,
        kind="event",
        type=type_,
        sentence=sentence,
        counts=counts,
        published_at=dt.date.fromisoformat(published),
        **fields,
    )


def fig(low, unit="prisons", qualifier="exact", supersedes=None, high=None):
    return {
        "low": low,
        "high": high,
        "unit": unit,
        "qualifier": qualifier,
        "supersedes": {"low": supersedes, "unit": unit} if supersedes is not None else None,
    }


def test_revision_links_to_the_value_it_supersedes() -> None:
    claims = [
        record(5, 2, "2017-05-04", [fig(6, supersedes=2)]),
        record(1, 1, "2017-04-01", [fig(2), fig(100, "men")], attributed_to="Novaya Gazeta"),
    ]
    (prisons, men) = figure_histories(claims)
    assert [v.low for v in prisons.values] == [2, 6]  # source order, not claim order
    assert prisons.values[1].supersedes == {"low": 2, "high": None, "claim_id": 1}
    assert prisons.values[0].superseded_by == 5
    assert prisons.range == (2, 6)
    assert prisons.conservative.low == 6 and prisons.latest.low == 6
    assert men.values[0].attributed_to == "Novaya Gazeta"


def test_revision_in_the_same_source_before_the_earlier_report_in_its_text() -> None:
    claims = [
        record(1, 1, "2017-05-04", [fig(6, supersedes=2)], start=10),
        record(
            2,
            1,
            "2017-05-04",
            [fig(2)],
            start=500,
            when={"start": "2017-04-01", "end": "2017-04-30", "precision": "month"},
        ),
    ]
    (prisons,) = figure_histories(claims)
    assert [v.low for v in prisons.values] == [2, 6]
    assert prisons.values[0].superseded_by == 1


def test_conservative_is_the_lowest_credible_figure() -> None:
    claims = [
        record(1, 1, "2026-03-10", [fig(40, "men", "at_least")]),
        record(2, 2, "2026-03-12", [fig(15, "men")], review_status="disputed"),
        record(3, 3, "2026-03-14", [fig(10, "men")], negated=True),
        record(4, 4, "2026-03-20", [fig(100, "men", "more_than", high=150)]),
        record(5, 5, "2026-03-21", [fig(1, "men")], review_status="rejected"),
    ]
    (men,) = figure_histories(claims)
    assert [v.claim_id for v in men.values] == [1, 2, 3, 4]  # rejected claims never count
    assert men.conservative.claim_id == 1
    assert men.latest.claim_id == 4
    assert men.range == (10, 150)


def test_one_sentence_with_two_acts_gives_its_figure_once() -> None:
    sentence = "Gay men are detained and tortured in six prisons."
    claims = [
        record(1, 1, "2017-05-04", [fig(6)], sentence=sentence),
        record(2, 1, "2017-05-04", [fig(6)], sentence=sentence, type_="torture"),
    ]
    (prisons,) = figure_histories(claims)
    assert [v.claim_id for v in prisons.values] == [1]


def test_malformed_figures_are_skipped() -> None:
    claims = [record(1, 1, "2026-01-01", [{"low": "many", "unit": "men"}, {"low": 3}, "junk"])]
    assert figure_histories(claims) == []


def test_deaths_are_not_mixed_into_the_number_detained() -> None:
    claims = [
        record(1, 1, "2024-03-01", [fig(40, "men", "at_least")]),
        record(2, 2, "2024-03-20", [fig(100, "men", "more_than")]),
        record(3, 3, "2024-03-25", [fig(3, "men", "at_least")], type_="killing"),
    ]
    histories = {history.unit: history for history in figure_histories(claims)}
    assert histories["men"].conservative.low == 40
    assert histories["men"].latest.low == 100
    assert [value.low for value in histories["men killed"].values] == [3]

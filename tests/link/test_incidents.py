"""Incident scoring and clustering on plain records: explainable features, no glue from gaps."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from factfinder.link import incidents
from factfinder.link.incidents import (
    Decision,
    EventPlaceBlocks,
    attach_statements,
    cluster_events,
    event_features,
    score_pair,
    statement_reach,
    time_relation,
)
from factfinder.store.linking import ClaimRecord, parse_span


def record(claim_id: int, source_id: int = 1, **fields) -> ClaimRecord:
    fields.setdefault("type", "detention")
    return ClaimRecord(id=claim_id, source_id=source_id, kind="event", sentence="…", **fields)


def features(claim: ClaimRecord, perpetrator: int | None = None):
    return event_features(claim, perpetrator)


def month(m: int) -> dict:
    return {"start": f"2026-{m:02d}-01", "end": f"2026-{m:02d}-28", "precision": "month"}


def day(d: str) -> dict:
    return {"start": d, "end": d, "precision": "day"}


def test_score_lists_the_features_that_matched() -> None:
    a = record(1, 1, place={"name": "Argun"}, when=day("2026-04-12"), target="gay men")
    b = record(2, 2, place={"name": "Chechnya"}, when=month(4), target="men")
    pair = score_pair(features(a, 7), features(b, 7))
    assert pair is not None and pair.links
    assert pair.features == (
        "type:same(detention)",
        "place:inside",
        "time:overlap",
        "victims:same(man)",
        "perpetrator:same",
    )
    assert pair.score == 6.5


def test_different_act_families_never_pair() -> None:
    assert score_pair(features(record(1)), features(record(2, type="death_threat"))) is None


def test_missing_data_alone_never_links() -> None:
    bare = [features(record(n, n)) for n in range(1, 4)]
    pair = score_pair(bare[0], bare[1])
    assert pair is not None and not pair.links
    clusters, _ = cluster_events(bare)
    assert clusters == [[1], [2], [3]]


def test_conflicts_forbid_a_link() -> None:
    base = record(1, 1, place={"name": "Osk"}, when=day("2026-03-02"), target="journalists")
    other_place = record(2, 2, place={"name": "Belgrove"}, when=day("2026-03-02"))
    far = record(3, 2, place={"name": "Osk"}, when=day("2026-05-20"))
    other_victims = record(4, 2, place={"name": "Osk"}, when=day("2026-03-02"), target="students")
    for other, conflict in (
        (other_place, "place:different"),
        (far, "time:apart"),
        (other_victims, "victims:different"),
    ):
        pair = score_pair(features(base), features(other))
        assert pair is not None and pair.conflict == conflict and not pair.links


def test_weak_links_do_not_chain_unrelated_happenings() -> None:
    # A month-dated claim overlaps both precise ones, but those are ten weeks apart.
    early = record(1, 1, place={"name": "Osk"}, when=day("2026-03-01"), target="men")
    vague = record(2, 2, place={"name": "Osk"}, when={**month(3), "end": "2026-05-31"})
    late = record(3, 3, place={"name": "Osk"}, when=day("2026-05-15"), target="men")
    clusters, _ = cluster_events([features(c) for c in (early, vague, late)])
    assert [1, 3] not in clusters and len(clusters) == 2


def test_undated_acts_chain_only_within_a_year_of_reporting() -> None:
    """Undated detentions in one town link on place and type, but not across reports published
    years apart: a town's years of reports are not one happening."""
    osk = {"name": "Osk"}
    published = ["2024-01-10", "2024-03-02", "2025-06-20", "2025-08-01"]
    claims = [
        record(n, n, place=osk, target="miners", published_at=dt.date.fromisoformat(day))
        for n, day in enumerate(published, start=1)
    ]
    clusters, _ = cluster_events([features(c) for c in claims])
    assert sorted(clusters) == [[1, 2], [3, 4]]


def test_decisions_are_reapplied_in_order() -> None:
    a = record(1, 1, place={"name": "Osk"}, when=day("2026-03-02"), target="men")
    b = record(2, 2, place={"name": "Osk"}, when=day("2026-03-02"), target="men")
    c = record(3, 3, place={"name": "Belgrove"}, when=day("2026-03-02"), target="men")
    events = [features(x) for x in (a, b, c)]
    assert cluster_events(events)[0] == [[1, 2], [3]]
    split = Decision(1, "split", (2,))
    assert cluster_events(events, [split])[0] == [[1], [2], [3]]
    merge = Decision(2, "merge", (1, 3))
    clusters, memberships = cluster_events(events, [split, merge])
    assert clusters == [[1, 3], [2]]
    assert "decision:merge(#2)" in memberships[3].features
    assert memberships[2].features == ["decision:split(#1)"]
    gone = Decision(3, "merge", (99, 100))  # claims deleted since: skipped, never an error
    assert cluster_events(events, [gone])[0] == [[1, 2], [3]]


def test_unreadable_and_reversed_dates_are_handled() -> None:
    assert parse_span({"start": "not a date"}) is None
    assert (
        parse_span({"start": "2026-05-05", "end": "2026-05-01", "precision": "day"}).start.day == 1
    )
    assert time_relation(parse_span(day("2026-05-03")), parse_span(day("2026-05-05"))) == (
        "near",
        2,
    )


dates = st.one_of(
    st.none(),
    st.dates().map(lambda d: day(d.isoformat())),
    st.integers(1, 12).map(month),
)


@given(
    st.lists(
        st.tuples(
            st.integers(1, 4),
            st.sampled_from(["detention", "torture", "death_threat", "killing"]),
            st.one_of(
                st.none(), st.sampled_from(["Osk", "Argun", "Chechnya", "Russia", "Belgrove"])
            ),
            dates,
            st.one_of(st.none(), st.sampled_from(["men", "gay men", "journalists", "people"])),
        ),
        max_size=25,
    )
)
def test_clustering_is_a_partition_of_the_events(rows) -> None:
    claims = [
        record(n, src, type=t, place={"name": p} if p else None, when=w, target=v)
        for n, (src, t, p, w, v) in enumerate(rows, start=1)
    ]
    clusters, memberships = cluster_events([features(c) for c in claims])
    flat = sorted(c for ids in clusters for c in ids)
    assert flat == [c.id for c in claims] and set(memberships) == set(flat)
    for ids in clusters:
        families = {features(claims[i - 1]).family for i in ids}
        assert len(families) == 1


def test_a_statement_reaches_a_large_place_block_only_near_its_date(monkeypatch) -> None:
    """In a block over STATEMENT_BLOCK claims a statement meets the latest claims before it
    (a month's grace, ties by claim id), not the block's older or later ones."""
    monkeypatch.setattr(incidents, "STATEMENT_BLOCK", 3)
    osk = {"name": "Osk", "country_code": "MV"}
    events = [
        features(record(n, source_id=n, place=osk, when=day(f"2026-0{n}-10"), target="miners"))
        for n in range(1, 9)
    ]
    undated = features(record(9, source_id=9, place=osk, target="miners"))
    statement = ClaimRecord(
        id=100,
        source_id=50,
        kind="statement",
        type="condemn",
        sentence="…",
        place=osk,
        target="miners",
        when=day("2026-04-20"),
    )
    reach = statement_reach([statement], EventPlaceBlocks([*events, undated]))
    # 10 April to 10 May lie within the grace month of 20 April; 10 June does not
    assert reach == {100: {3, 4, 5}}
    clusters = [[e.claim_id] for e in events]
    by_id = {e.claim_id: e for e in events}
    attached = attach_statements([statement], clusters, by_id, reach)
    assert clusters[attached[100][0]][0] in {3, 4, 5}
    # a small block is offered whole, undated claims included
    monkeypatch.setattr(incidents, "STATEMENT_BLOCK", 20)
    assert statement_reach([statement], EventPlaceBlocks([*events, undated])) == {
        100: set(range(1, 10))
    }
